"""Guides to using the NHS, grouped by topic."""

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from website.blocks import SHORT_RICH_TEXT_FEATURES
from website.cache import cached_fragment
from website.models import BasePage
from website.translations import (
    default_language,
    english_version,
    reader_language,
    reader_url,
    translated_first,
)

from ..blocks.guides import guide_blocks


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

    per_page = 30

    class Meta:
        verbose_name = _("guide index page")

    def get_context(self, request, *args, **kwargs):
        """Every guide, in the reader's language where it is translated (those first), the others in English,
        marked as English. The English index opened from another language (?untranslated=pl) does the same
        for that language."""
        context = super().get_context(request, *args, **kwargs)
        language = reader_language(self, request)
        english_index = (
            self
            if self.locale.language_code == default_language()
            else cached_fragment(f"english-version:{self.pk}", lambda: english_version(self))
        )
        # Topics in the reader's language, then the English names of those not translated yet.
        topics = list(
            Topic.objects.filter(locale__language_code__in={language, default_language()}).order_by(
                "sort_order", "name"
            )
        )
        translated = {t.translation_key for t in topics if t.locale_id != english_index.locale_id}
        topics = [
            t for t in topics if t.locale_id != english_index.locale_id or t.translation_key not in translated
        ]
        for topic in topics:
            topic.in_english = language != default_language() and topic.locale_id == english_index.locale_id
        slug = request.GET.get("topic", "")
        current = next((t for t in topics if t.slug == slug), None)

        def ordered():
            guides = translated_first(GuidePage.objects.child_of(english_index).live().public(), language)
            if current:
                guides = guides.filter(topic__translation_key=current.translation_key)
            return list(
                guides.order_by("in_english", "topic__sort_order", "path").values_list("pk", flat=True)
            )

        # The order of the whole list (ids only) is worked out by the database once and kept in the fragment
        # cache, which publishing, unpublishing, moving or hiding any page, or editing a topic, empties; each
        # screen (?page=2…) then loads only its own guides, so a screen costs the same however many there are.
        order = cached_fragment(
            f"guide-order:{english_index.pk}:{language}:{current.translation_key if current else ''}",
            ordered,
        )
        screen = Paginator(order, self.per_page).get_page(request.GET.get("page"))
        # What a card shows and its address needs: not the guides' bodies.
        found = (
            GuidePage.objects.filter(pk__in=list(screen.object_list))
            .select_related("locale")
            .only(
                "id", "title", "summary", "url_path", "path", "depth", "content_type", "locale__language_code"
            )
            .in_bulk()
        )
        shown = [found[pk] for pk in screen.object_list if pk in found]
        context.update(
            guides=[
                {
                    "page": guide,
                    "url": reader_url(guide, request, language),
                    "in_english": guide.locale.language_code != language,
                }
                for guide in shown
            ],
            screen=screen,
            topics=topics,
            current_topic=current,
            untranslated=language if language != self.locale.language_code else "",
        )
        return context


class GuidePage(BasePage):
    """One task, e.g. 'Register with a GP'. Built from NHS.UK-style blocks."""

    asks_for_feedback = True

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

    def topic_neighbours(self, pages):
        """The guides of `pages` on the same topic just before and after this one in the tree's order (None
        where there is none): two queries that read one row each, however many guides share the topic."""
        if not self.topic_id:
            return None, None
        same_topic = pages.sibling_of(self, inclusive=False).filter(topic_id=self.topic_id)
        return (
            same_topic.filter(path__lt=self.path).order_by("-path").first(),
            same_topic.filter(path__gt=self.path).order_by("path").first(),
        )

    def cache_dependents(self):
        """The guides on the same topic just before and after this one link to it (website/cache.py)."""
        return [
            page for page in self.topic_neighbours(GuidePage.objects.live().only("id")) if page is not None
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        public = GuidePage.objects.live().public().only("id", "title", "path", "url_path", "depth")
        if getattr(request, "is_preview", False) or not self.pk:
            context["previous_page"], context["next_page"] = self.topic_neighbours(public)
        else:
            # Kept in the fragment cache, which publishing, moving or hiding any page empties (website/cache.py).
            context["previous_page"], context["next_page"] = cached_fragment(
                f"neighbours:{self.pk}:{self.topic_id}:{self.path}", lambda: self.topic_neighbours(public)
            )
        return context
