import functools

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from blog.models import BlogIndexPage, BlogPage
from involvement.links import take_part_url
from resources.models import GuideIndexPage, GuidePage, SnapshotPage, TopTipsPage, TrainingIndexPage
from website.blocks import SHORT_RICH_TEXT_FEATURES, general_blocks
from website.models import BasePage
from website.translations import (
    default_language,
    english_version,
    reader_url,
    translated_and_untranslated,
    translated_first,
)

# What each main part of the site holds, in the interface's language even when the part is only in English.
SECTION_TEXT = {
    GuideIndexPage: _("Short, plain guides to using the NHS: what to do and what to say."),
    TopTipsPage: _("For GP practice staff: how to make care safer for people who have been through trauma."),
    TrainingIndexPage: _("Co-production training for GP trainees and practices."),
    BlogIndexPage: _("News, and what changed after people told us what was hard."),
    SnapshotPage: _(
        "Write down what you want your doctor to know, then print it or save it. We do not keep it."
    ),
}


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
        # Worked out only when the template reads them: the page's content is usually rendered already
        # ({% cachedpart %}, kept until any page is published).
        english_home = functools.cache(lambda: english_version(self))
        context["you_said_we_did"] = functools.cache(
            lambda: list(
                BlogPage.objects.live()
                .public()
                .filter(locale_id=self.locale_id, kind=BlogPage.KIND_YOU_SAID)
                .order_by("-date", "-pk")[:3]
            )
        )
        context["sections"] = functools.cache(lambda: self.sections(request, english_home()))
        context["take_part_url"] = functools.cache(lambda: take_part_url(self, request))
        if self.locale.language_code != default_language():
            context["guides"] = functools.cache(
                lambda: self.guides_in_every_language(request, english_home())
            )
        return context

    def sections(self, request, english_home):
        """The site's main parts (guides, tips, training, news, the snapshot) in this home page's language, or
        in English, marked as English, where they are not translated yet, each with a line in the reader's
        language saying what it holds. One query."""
        language = self.locale.language_code
        pages = (
            translated_first(
                Page.objects.child_of(english_home)
                .live()
                .public()
                .type(GuideIndexPage, TopTipsPage, TrainingIndexPage, BlogIndexPage, SnapshotPage),
                language,
            )
            .order_by("path")
            .select_related("locale")
        )
        return [
            {
                "page": page,
                "url": reader_url(page, request, language),
                "in_english": page.in_english,
                "text": SECTION_TEXT.get(page.specific_class, ""),
                "tool": page.specific_class is SnapshotPage,
            }
            for page in pages.only("id", "title", "url_path", "path", "depth", "locale", "content_type")
        ]

    def guides_in_every_language(self, request, english_home=None, limit=60):
        """For a home page in another language: its guides first, then every guide that is only in English
        (linked at its English address with the "not translated yet" notice), so no guide is hidden. Two queries
        whatever the number of guides; at most `limit` of them (the guide index lists the rest)."""
        language = self.locale.language_code
        english_home = english_home or english_version(self)
        english_index = (
            GuideIndexPage.objects.child_of(english_home).live().public().only("id", "path", "depth")
        ).first()
        if english_index is None:
            return []
        english = GuidePage.objects.child_of(english_index).live().public()
        translated, untranslated = translated_and_untranslated(english, language)
        # A few of each in the tree's order, only the fields the cards show: each query reads at most `limit`
        # rows, however many guides there are (one sorted union would read them all).
        fields = ("id", "title", "summary", "url_path", "path", "depth", "locale", "content_type")
        # Both always, so the number of queries does not depend on how many guides are translated.
        guides = [
            *translated.select_related("locale").only(*fields).order_by("path")[:limit],
            *untranslated.select_related("locale").only(*fields).order_by("path")[:limit],
        ][:limit]
        return [
            {
                "page": guide,
                "url": reader_url(guide, request, language),
                "english": guide.locale.language_code != language,
            }
            for guide in guides
        ]


class StandardPage(BasePage):
    body = StreamField(general_blocks(), blank=True, verbose_name=_("body"))

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    content_panels = BasePage.content_panels + [FieldPanel("body")]

    class Meta:
        verbose_name = _("standard page")
