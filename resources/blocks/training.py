"""Blocks for training courses and modules: timed activities, handouts, a video with its transcript,
reflective questions, further reading and the practice checklist."""

import re
from urllib.parse import parse_qs, urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from website.blocks import RICH_TEXT_FEATURES, SHORT_RICH_TEXT_FEATURES

ACTIVITY_FORMATS = [
    ("whole-group", _("Whole group")),
    ("small-groups", _("Small groups")),
    ("pairs", _("Pairs")),
    ("individual", _("On your own")),
    ("presentation", _("Presentation")),
]
MAX_ACTIVITY_MINUTES = 240


class ActivityBlock(blocks.StructBlock):
    minutes = blocks.IntegerBlock(
        label=_("Minutes"),
        min_value=1,
        max_value=MAX_ACTIVITY_MINUTES,
        help_text=_("How long this activity takes. The module's total is added up for you."),
    )
    title = blocks.CharBlock(label=_("Activity"), max_length=120)
    format = blocks.ChoiceBlock(label=_("Format"), choices=ACTIVITY_FORMATS, default="whole-group")
    description = blocks.RichTextBlock(
        label=_("What happens"),
        features=RICH_TEXT_FEATURES,
        help_text=_("What people do, and what the facilitator does."),
    )
    materials = blocks.CharBlock(
        label=_("You will need (optional)"),
        max_length=200,
        required=False,
        help_text=_("e.g. 'Flip chart, the ground rules handout'."),
    )

    class Meta:
        icon = "time"
        label = _("Timed activity")
        template = "components/blocks/activity.html"


class HandoutBlock(blocks.StructBlock):
    document = DocumentChooserBlock(
        label=_("Document"),
        help_text=_(
            "If this module is only for signed-in trainees, its handouts are too: the document link works "
            "only for people who may see this module."
        ),
    )
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("handout", _("Handout")), ("slides", _("Slides"))],
        default="handout",
    )
    title = blocks.CharBlock(
        label=_("Title (optional)"),
        max_length=160,
        required=False,
        help_text=_("Leave empty to use the document's own title."),
    )
    description = blocks.CharBlock(label=_("What it is for (optional)"), max_length=200, required=False)

    class Meta:
        icon = "doc-full"
        label = _("Handout or slides")
        template = "components/blocks/handout.html"


# Video hosts we know how to embed without cookies before play. Nothing loads from them until a visitor
# chooses to play the video; the page's Content-Security-Policy lets only these hosts into a frame.
VIDEO_HOSTS = {
    "youtube": {
        "name": "YouTube",
        "embed": "https://www.youtube-nocookie.com/embed/{id}?rel=0",
        "watch": "https://www.youtube.com/watch?v={id}",
        "frame_src": "https://www.youtube-nocookie.com",
    },
    "vimeo": {
        "name": "Vimeo",
        "embed": "https://player.vimeo.com/video/{id}?dnt=1",
        "watch": "https://vimeo.com/{id}",
        "frame_src": "https://player.vimeo.com",
    },
}
YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
VIMEO_ID = re.compile(r"^[0-9]{6,12}$")


def parse_video_url(url):
    """(host key, video id) for a YouTube or Vimeo address, else None."""
    try:
        parts = urlsplit((url or "").strip())
    except ValueError:
        return None
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    segments = [s for s in parts.path.split("/") if s]
    candidate = None
    if host in ("youtube.com", "youtube-nocookie.com"):
        if segments[:1] == ["watch"]:
            candidate = (parse_qs(parts.query).get("v") or [""])[0]
        elif len(segments) >= 2 and segments[0] in ("embed", "shorts", "live", "v"):
            candidate = segments[1]
        return ("youtube", candidate) if candidate and YOUTUBE_ID.match(candidate) else None
    if host == "youtu.be":
        candidate = segments[0] if segments else ""
        return ("youtube", candidate) if YOUTUBE_ID.match(candidate) else None
    if host in ("vimeo.com", "player.vimeo.com"):
        candidate = segments[-1] if segments else ""
        return ("vimeo", candidate) if VIMEO_ID.match(candidate) else None
    return None


def video_links(url):
    """Embed and watch addresses, the host's name and its frame origin, for a valid video address."""
    parsed = parse_video_url(url)
    if parsed is None:
        return None
    key, video_id = parsed
    host = VIDEO_HOSTS[key]
    return {
        "host": host["name"],
        "embed_url": host["embed"].format(id=video_id),
        "watch_url": host["watch"].format(id=video_id),
        "frame_src": host["frame_src"],
    }


class VideoBlock(blocks.StructBlock):
    url = blocks.URLBlock(
        label=_("Video address"),
        help_text=_("A YouTube or Vimeo address. The video loads only when a visitor chooses to play it."),
    )
    title = blocks.CharBlock(label=_("Video title"), max_length=160)
    length = blocks.CharBlock(
        label=_("Length (optional)"), max_length=40, required=False, help_text=_("e.g. '6 minutes'.")
    )
    transcript = blocks.RichTextBlock(
        label=_("Transcript"),
        features=RICH_TEXT_FEATURES,
        help_text=_(
            "Every word spoken, and anything important that is only shown. Required: some people cannot "
            "watch or hear the video, or cannot afford the data."
        ),
    )

    def clean(self, value):
        value = super().clean(value)
        if value.get("url") and parse_video_url(value["url"]) is None:
            raise ValidationError(
                _(
                    "Use the address of a single YouTube or Vimeo video, e.g. https://www.youtube.com/watch?v=…"
                )
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["links"] = video_links(value.get("url"))
        return context

    class Meta:
        icon = "media"
        label = _("Video with transcript")
        template = "components/blocks/video.html"


class ReflectiveQuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=300)
    hint = blocks.CharBlock(label=_("Hint (optional)"), max_length=200, required=False)

    class Meta:
        icon = "help"
        label = _("Reflective question")


class ReadingBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    source = blocks.CharBlock(
        label=_("Who published it (optional)"),
        max_length=200,
        required=False,
        help_text=_("e.g. 'NHS England, 2023'."),
    )
    page = blocks.PageChooserBlock(label=_("Page on this site (optional)"), required=False)
    url = blocks.URLBlock(label=_("Or a web address (optional)"), required=False)
    note = blocks.CharBlock(label=_("Why read it (optional)"), max_length=200, required=False)

    class Meta:
        icon = "link"
        label = _("Reading")
        template = "components/blocks/reading.html"


class ChecklistItemBlock(blocks.StructBlock):
    action = blocks.CharBlock(
        label=_("Action"),
        max_length=200,
        help_text=_("Something a practice can do, e.g. 'Book interpreters…'."),
    )
    detail = blocks.RichTextBlock(
        label=_("More detail (optional)"), features=SHORT_RICH_TEXT_FEATURES, required=False
    )


class ChecklistSectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    items = blocks.ListBlock(ChecklistItemBlock(), label=_("Actions"), min_num=1)

    class Meta:
        icon = "tasks"
        label = _("Checklist section")
