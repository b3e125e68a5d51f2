from http import HTTPMethod

from django.conf import settings
from django.core.exceptions import SuspiciousOperation, ValidationError
from django.db import models
from django.http import HttpResponse, QueryDict
from django.http.multipartparser import MultiPartParserError
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.decorators import method_decorator
from django.utils.translation import get_supported_language_variant
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from website.blocks import SHORT_RICH_TEXT_FEATURES, OptionalQuoteBlock, guide_blocks
from website.models import BasePage

from . import snapshot
from .blocks import snapshot_question_blocks


@register_snippet
class Topic(TranslatableMixin, models.Model):
    """A subject guides are grouped by, e.g. 'Pharmacy' or 'Your rights'."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, help_text=_("The short name used in web addresses."))
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["sort_order", "name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class GuideIndexPage(BasePage):
    intro = RichTextField(_("introduction"), features=SHORT_RICH_TEXT_FEATURES, blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.GuidePage"]
    max_count_per_parent = 1
    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("guide index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        guides = (
            GuidePage.objects.child_of(self)
            .live()
            .public()
            .select_related("topic")
            .order_by("topic__sort_order", "path")
        )
        topics = list(Topic.objects.filter(locale_id=self.locale_id))
        slug = request.GET.get("topic", "")
        current = next((t for t in topics if t.slug == slug), None)
        if current:
            guides = guides.filter(topic=current)
        context.update(guides=guides, topics=topics, current_topic=current)
        return context


class GuidePage(BasePage):
    """One task, e.g. 'Register with a GP'. Built from NHS.UK-style blocks."""

    topic = models.ForeignKey(
        Topic,
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="guides",
        help_text=_("The subject this guide belongs to. Guides on the same topic link to each other."),
    )
    body = StreamField(
        guide_blocks(),
        verbose_name=_("guide"),
        help_text=_("Start with 'In short'. Then the steps. Use plain words first, then the medical word."),
    )

    parent_page_types = ["resources.GuideIndexPage"]
    subpage_types = []
    show_review_dates = True
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.FilterField("topic_id"),
    ]
    content_panels = (
        BasePage.content_panels + [FieldPanel("topic"), FieldPanel("body")] + BasePage.review_panels
    )

    class Meta:
        verbose_name = _("guide")

    def clean(self):
        super().clean()
        errors = {}
        if not self.last_reviewed:
            errors["last_reviewed"] = _("Every guide needs the date it was last checked.")
        if not self.next_review_due:
            errors["next_review_due"] = _("Every guide needs the date it should next be checked.")
        elif self.last_reviewed and self.next_review_due <= self.last_reviewed:
            errors["next_review_due"] = _("The next review must come after the last review.")
        if errors:
            raise ValidationError(errors)

    def contents(self):
        """The main headings, for the contents list on long guides."""
        return [
            {"text": block.value["text"], "anchor": f"section-{block.id}"}
            for block in self.body
            if block.block_type == "heading" and block.value["level"] == "h2"
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        siblings = (
            list(
                GuidePage.objects.sibling_of(self)
                .live()
                .public()
                .filter(topic_id=self.topic_id)
                .order_by("path")
                .only("id", "title", "path", "url_path", "depth")
            )
            if self.topic_id
            else []
        )
        ids = [p.pk for p in siblings]
        if self.pk in ids:
            i = ids.index(self.pk)
            context["previous_page"] = siblings[i - 1] if i > 0 else None
            context["next_page"] = siblings[i + 1] if i + 1 < len(siblings) else None
        return context


class TipBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Tip"), max_length=200)
    detail = blocks.RichTextBlock(label=_("What to do"), features=SHORT_RICH_TEXT_FEATURES + ["ul"])
    why = blocks.RichTextBlock(label=_("Why it matters"), features=SHORT_RICH_TEXT_FEATURES)
    quote = OptionalQuoteBlock(label=_("Quote from a group member (optional)"))

    class Meta:
        icon = "pick"
        label = _("Tip")
        template = "components/blocks/tip.html"
        description = _("One thing a practice can do, and why it matters to patients.")


class TopTipsPage(BasePage):
    """Trauma-informed top tips for practice staff, from the group's learning."""

    intro = RichTextField(_("introduction"), features=SHORT_RICH_TEXT_FEATURES, blank=True)
    tips = StreamField(
        [("tip", TipBlock())], verbose_name=_("tips"), help_text=_("Each tip is numbered for you.")
    )

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []
    show_review_dates = True
    search_fields = BasePage.search_fields + [index.SearchField("intro"), index.SearchField("tips")]
    content_panels = (
        BasePage.content_panels + [FieldPanel("intro"), FieldPanel("tips")] + BasePage.review_panels
    )

    class Meta:
        verbose_name = _("top tips page")


class SnapshotPage(BasePage):
    """The personal snapshot: a visitor says what helps them at appointments, then prints or saves it.

    The server never keeps the answers. With JavaScript, the printable summary is built in the browser
    and nothing is sent. Without it, the form is posted here and the same summary comes back, marked
    `no-store`; nothing is saved and nothing is logged.
    """

    intro = RichTextField(
        _("introduction"),
        features=SHORT_RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Say what the snapshot is for and who to show it to."),
    )
    questions = StreamField(
        snapshot_question_blocks(),
        verbose_name=_("questions"),
        help_text=_("Every question is optional for the person filling it in. Keep each one short."),
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS, HTTPMethod.POST]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("questions")]

    class Meta:
        verbose_name = _("personal snapshot page")

    def english_source(self):
        """The English page this one was translated from (one query), or None for the English page."""
        code = get_supported_language_variant(settings.LANGUAGE_CODE)
        if self.locale.language_code == code:
            return None
        return (
            SnapshotPage.objects.filter(translation_key=self.translation_key, locale__language_code=code)
            .only("id", "questions")
            .first()
        )

    def snapshot_questions(self, data=None):
        source = self.english_source()
        questions = snapshot.build_questions(self.questions, source.questions if source else None)
        if data is not None:
            for question in questions:
                question.read(data)
        return questions

    @property
    def bilingual(self):
        return self.locale.language_code != get_supported_language_variant(settings.LANGUAGE_CODE)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.setdefault("snapshot_questions", self.snapshot_questions())
        context["bilingual"] = self.bilingual
        context["english"] = snapshot.english_strings()
        return context

    # A snapshot POST changes nothing on the server: the answers come back as a printable page and are
    # then forgotten. So there is nothing for cross-site request forgery to abuse, and a CSRF check would
    # need a cookie that anonymous visitors must never get. `website.serve.serve` (the page view) honours
    # this mark; every other page type keeps Django's CSRF check.
    @method_decorator(csrf_exempt)
    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        return self.serve_snapshot(request)

    def serve_snapshot(self, request):
        too_much = False
        try:
            data = request.POST
        except (SuspiciousOperation, MultiPartParserError):
            # Too many fields or too much data: answer gently with an empty summary, log nothing.
            data, too_much = QueryDict(), True
        questions = self.snapshot_questions(data)
        items = snapshot.summary_items(questions)
        action = data.get("action", "")
        date = snapshot.made_on()
        if action == "download":
            response = HttpResponse(
                snapshot.as_text(self.title, items, date, self.bilingual),
                content_type="text/plain; charset=utf-8",
            )
            response["Content-Disposition"] = 'attachment; filename="my-snapshot.txt"'
        elif action == "edit":
            context = self.get_context(request)
            context["snapshot_questions"] = questions
            response = TemplateResponse(request, self.get_template(request), context)
        else:
            context = self.get_context(request)
            context.update(
                snapshot_questions=questions,
                items=items,
                date=date,
                too_much=too_much,
                any_cut=any(a.cut for item in items for a in item["answers"]),
            )
            response = TemplateResponse(request, "resources/snapshot_summary_page.html", context)
        add_never_cache_headers(response)
        return response
