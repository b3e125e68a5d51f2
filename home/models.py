from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from blog.models import BlogPage
from involvement.links import take_part_url
from resources.models import GuidePage
from website.blocks import SHORT_RICH_TEXT_FEATURES, general_blocks
from website.models import BasePage
from website.translations import default_language


class EntryPointBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Who it is for"), max_length=80, help_text=_("E.g. 'I work in a GP practice'")
    )
    text = blocks.CharBlock(label=_("What they will find"), max_length=200)
    page = blocks.PageChooserBlock(label=_("Page it opens"))

    class Meta:
        icon = "user"
        label = _("Way in")
        template = "components/blocks/entry_point.html"
        description = _("A big link for one group of people, saying what they will find.")


class HomePage(BasePage):
    intro = RichTextField(
        _("introduction"),
        features=SHORT_RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Two or three sentences: who we are and what this site is for."),
    )
    entry_points = StreamField(
        [("entry_point", EntryPointBlock())],
        blank=True,
        verbose_name=_("ways in"),
        help_text=_("One for each group of people who use the site, most common first."),
    )

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "resources.GuideIndexPage",
        "resources.TopTipsPage",
        "resources.TrainingIndexPage",
        "resources.SnapshotPage",
        "blog.BlogIndexPage",
        "involvement.TakePartIndexPage",
    ]
    max_count_per_parent = 1
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("entry_points")]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["you_said_we_did"] = (
            BlogPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, kind=BlogPage.KIND_YOU_SAID)
            .order_by("-date", "-pk")[:3]
        )
        context["take_part_url"] = take_part_url(self, request)
        if self.locale.language_code != default_language():
            context["guides"] = self.guides_in_every_language(request)
        return context

    def guides_in_every_language(self, request, limit=60):
        """For a home page in another language: its guides first, then every guide that is only in English
        (linked at its English address with the "not translated yet" notice), so no guide is hidden. Two
        queries whatever the number of guides; at most `limit` of them (the guide index lists the rest)."""
        language = self.locale.language_code
        translated = list(
            GuidePage.objects.live().public().filter(locale_id=self.locale_id).order_by("path")[:limit]
        )
        keys = {guide.translation_key for guide in translated}
        english = (
            GuidePage.objects.live()
            .public()
            .filter(locale__language_code=default_language())
            .exclude(translation_key__in=keys)
            .order_by("path")[: max(limit - len(translated), 0)]
        )
        guides = [(guide, guide.get_url(request), False) for guide in translated]
        guides += [(guide, guide.get_url(request), True) for guide in english]
        return [
            {
                "page": guide,
                "url": f"{url}?untranslated={language}" if in_english else url,
                "english": in_english,
            }
            for guide, url, in_english in guides
            if url
        ]


class StandardPage(BasePage):
    body = StreamField(general_blocks(), blank=True, verbose_name=_("body"))

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    content_panels = BasePage.content_panels + [FieldPanel("body")]

    class Meta:
        verbose_name = _("standard page")
