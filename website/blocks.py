"""Content blocks shared by every content app, after NHS.UK's content patterns.

Each block says what it is for (`description`), shows an example in the block picker
(`preview_value`) and renders through its own template in `components/blocks/`.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

# Rich text gets only what editors need. Headings come from HeadingBlock, so the level is always h2–h4.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]
SHORT_RICH_TEXT_FEATURES = ["bold", "link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[
            ("h2", _("Main heading (h2)")),
            ("h3", _("Sub-heading (h3)")),
            ("h4", _("Minor heading (h4)")),
        ],
        default="h2",
        help_text=_(
            "Use a main heading for each new part of the page. Sub-headings go under a main heading."
        ),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "components/blocks/heading.html"
        description = _(
            "A heading that starts a new part of the page. Main headings appear in the contents list."
        )
        preview_value = {"text": "What you need to bring", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "components/blocks/paragraph.html"
        description = _("Plain text. Keep sentences short: under 20 words.")
        preview_value = "<p>You can register with a GP without proof of address.</p>"


class SummaryBlock(blocks.StructBlock):
    points = blocks.ListBlock(
        blocks.CharBlock(label=_("Point"), max_length=200),
        label=_("Key points"),
        min_num=1,
        max_num=5,
        help_text=_("Up to 5 short points. Someone who reads only these should know what to do."),
    )

    class Meta:
        icon = "list-ul"
        label = _("In short")
        template = "components/blocks/summary.html"
        description = _("The most important points, at the top of the page.")
        preview_value = {"points": ["You do not need ID to register.", "It is free."]}


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=160)
    text = blocks.RichTextBlock(label=_("More detail"), features=RICH_TEXT_FEATURES, required=False)


class StepsBlock(blocks.StructBlock):
    # No `min_num`: Wagtail checks that in the browser and shows an error (and pauses autosave) the moment
    # the block is added. The block starts with two empty steps; "at least 2" is checked only on save.
    steps = blocks.ListBlock(
        StepBlock(), label=_("Steps"), default=[{"title": "", "text": ""}, {"title": "", "text": ""}]
    )

    class Meta:
        icon = "list-ol"
        label = _("Numbered steps")
        template = "components/blocks/steps.html"
        description = _("Things to do in order, one action per step.")
        preview_value = {
            "steps": [
                {"title": "Find a GP practice near you", "text": ""},
                {"title": "Ask at reception to register", "text": ""},
            ]
        }

    def clean(self, value):
        value = super().clean(value)
        if len(value["steps"]) < 2:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "steps": blocks.ListBlockValidationError(
                        non_block_errors=[
                            ValidationError(_("Add at least 2 steps, or use a Text block instead."))
                        ]
                    )
                }
            )
        return value


URGENCY_CHOICES = [
    ("non-urgent", _("Non-urgent: see a GP or pharmacist")),
    ("urgent", _("Urgent: call 111 or get help today")),
    ("emergency", _("Emergency: call 999 or go to A&E")),
]


class CareCardBlock(blocks.StructBlock):
    urgency = blocks.ChoiceBlock(label=_("How urgent"), choices=URGENCY_CHOICES, default="non-urgent")
    heading = blocks.CharBlock(label=_("Heading"), max_length=160)
    body = blocks.RichTextBlock(label=_("What to do"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Care card")
        template = "components/blocks/care_card.html"
        description = _("Tells people how quickly to get help and where. The colour shows how urgent it is.")
        preview_value = {
            "urgency": "emergency",
            "heading": "Call 999 if someone is not breathing",
            "body": "<p>Stay with them until help comes.</p>",
        }


class DoDontBlock(blocks.StructBlock):
    do = blocks.ListBlock(blocks.CharBlock(label=_("Do"), max_length=200), label=_("Do"), min_num=1)
    dont = blocks.ListBlock(blocks.CharBlock(label=_("Don't"), max_length=200), label=_("Don't"), min_num=1)

    class Meta:
        icon = "tick"
        label = _("Do and don't")
        template = "components/blocks/do_dont.html"
        description = _("Two short lists: what to do, and what not to do.")
        preview_value = {"do": ["Ask for an interpreter"], "dont": ["Use a child to interpret"]}


class RightsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("Heading"),
        max_length=120,
        required=False,
        help_text=_("Leave empty to use 'Your rights'."),
    )
    rights = blocks.ListBlock(
        blocks.CharBlock(label=_("Right"), max_length=240), label=_("Rights"), min_num=1
    )
    note = blocks.RichTextBlock(
        label=_("Where this comes from"), features=SHORT_RICH_TEXT_FEATURES, required=False
    )

    class Meta:
        icon = "doc-full-inverse"
        label = _("Your rights")
        template = "components/blocks/rights.html"
        description = _("What the law or NHS rules say people are entitled to. Short and sure.")
        preview_value = {"rights": ["You do not need proof of address to register with a GP."]}


class PhrasesBlock(blocks.StructBlock):
    intro = blocks.CharBlock(label=_("Introduction"), max_length=200, required=False)
    phrases = blocks.ListBlock(
        blocks.CharBlock(label=_("Phrase"), max_length=240), label=_("Things you can say"), min_num=1
    )

    class Meta:
        icon = "openquote"
        label = _("What you can say")
        template = "components/blocks/phrases.html"
        description = _("Sentences people can say or show at reception, word for word.")
        preview_value = {"phrases": ["I would like to register with this practice, please."]}


class ContactBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name of service"), max_length=160)
    phone = blocks.CharBlock(
        label=_("Phone number"),
        max_length=40,
        required=False,
        help_text=_("Write it as people dial it, e.g. 0300 123 4567."),
    )
    text_number = blocks.CharBlock(label=_("Text (SMS) number"), max_length=40, required=False)
    website = blocks.URLBlock(label=_("Website"), required=False)
    opening_times = blocks.CharBlock(label=_("Opening times"), max_length=200, required=False)
    note = blocks.CharBlock(label=_("Good to know"), max_length=240, required=False)

    class Meta:
        icon = "mail"
        label = _("Contact details")
        template = "components/blocks/contact.html"
        description = _("A service's phone number (tap to call), text number, website and opening times.")
        preview_value = {"name": "NHS 111", "phone": "111", "opening_times": "24 hours a day, every day"}


class ContentNoteBlock(blocks.StructBlock):
    warning = blocks.CharBlock(
        label=_("Warning"),
        max_length=200,
        help_text=_("Say plainly what the hidden part talks about, e.g. 'This part talks about rape.'"),
    )
    body = blocks.RichTextBlock(label=_("Hidden text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "view"
        label = _("Content note")
        template = "components/blocks/content_note.html"
        description = _("Hides distressing detail until the reader chooses to open it.")
        preview_value = {"warning": "This part talks about abuse.", "body": "<p>Detail goes here.</p>"}


class InsetTextBlock(blocks.StructBlock):
    text = blocks.RichTextBlock(label=_("Text"), features=SHORT_RICH_TEXT_FEATURES)

    class Meta:
        icon = "arrow-right"
        label = _("Inset text")
        template = "components/blocks/inset_text.html"
        description = _("Makes one short piece of information stand out from the text around it.")
        preview_value = {"text": "<p>It is free to see a GP.</p>"}


class WarningCalloutBlock(blocks.StructBlock):
    label = blocks.CharBlock(
        label=_("Label"),
        max_length=60,
        required=False,
        help_text=_("Leave empty to show “Important”. For example: “Do not wait”."),
    )
    text = blocks.RichTextBlock(label=_("Text"), features=SHORT_RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Warning callout")
        template = "components/blocks/warning_callout.html"
        description = _("Something the reader must know to stay safe or get care. Use it rarely.")
        preview_value = {"label": "", "text": "<p>If you are bleeding heavily, call 999.</p>"}


class DetailsBlock(blocks.StructBlock):
    summary = blocks.CharBlock(label=_("Link text"), max_length=160)
    body = blocks.RichTextBlock(label=_("Text that opens"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "arrow-down"
        label = _("Details (opens on tap)")
        template = "components/blocks/details.html"
        description = _("Extra detail that only some people need. It opens when tapped.")
        preview_value = {
            "summary": "What if I have no address?",
            "body": "<p>You can use the practice address.</p>",
        }


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Describe the image"),
        max_length=200,
        help_text=_("Say what the image shows for people who cannot see it. Required."),
    )
    caption = blocks.CharBlock(label=_("Caption"), max_length=200, required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/blocks/image.html"
        description = _("A picture with a description for people who cannot see it.")


class RelatedLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page on this site"), required=False)
    url = blocks.URLBlock(label=_("Or a link to another website"), required=False)
    title = blocks.CharBlock(
        label=_("Link text"),
        max_length=160,
        required=False,
        help_text=_("Leave empty to use the page title. Needed for other websites."),
    )

    def clean(self, value):
        from django.core.exceptions import ValidationError

        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise ValidationError(_("Choose a page or give a web address."))
        if value.get("url") and not value.get("title"):
            raise ValidationError(_("A link to another website needs link text."))
        return value


class RelatedLinksBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120, required=False)
    links = blocks.ListBlock(RelatedLinkBlock(), label=_("Links"), min_num=1)

    class Meta:
        icon = "link"
        label = _("Related links")
        template = "components/blocks/related_links.html"
        description = _("Links to other pages that help with the same task.")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"), max_length=600)
    credit = blocks.ChoiceBlock(
        label=_("Credit"),
        choices=[
            ("name", _("By name")),
            ("pseudonym", _("By a chosen name (pseudonym)")),
            ("none", _("Not credited")),
        ],
        default="none",
        help_text=_("Ask the person how they want to be credited. 'Not credited' shows no name at all."),
    )
    credit_name = blocks.CharBlock(label=_("Name or pseudonym"), max_length=80, required=False)

    def clean(self, value):
        from django.core.exceptions import ValidationError

        value = super().clean(value)
        if value.get("text") and value.get("credit") != "none" and not value.get("credit_name"):
            raise ValidationError(_("Write the name or pseudonym, or choose 'Not credited'."))
        return value

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "components/blocks/quote.html"
        description = _("Words from a group member, credited the way they chose.")
        preview_value = {"text": "Being asked the same questions again and again is hard.", "credit": "none"}


class OptionalQuoteBlock(QuoteBlock):
    text = blocks.TextBlock(label=_("Quote"), max_length=600, required=False, help_text=_("Optional."))

    class Meta:
        label = _("Quote (optional)")


def general_blocks():
    """Blocks for standard pages and blog posts."""
    return [
        ("heading", HeadingBlock()),
        ("text", ParagraphBlock()),
        ("inset", InsetTextBlock()),
        ("details", DetailsBlock()),
        ("content_note", ContentNoteBlock()),
        ("contact", ContactBlock()),
        ("image", ImageBlock()),
        ("quote", QuoteBlock()),
        ("related_links", RelatedLinksBlock()),
    ]
