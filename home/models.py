from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from website.blocks import SHORT_RICH_TEXT_FEATURES, general_blocks
from website.models import BasePage


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
    ]
    max_count_per_parent = 1
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("entry_points")]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from blog.models import BlogPage

        context = super().get_context(request, *args, **kwargs)
        context["you_said_we_did"] = (
            BlogPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, kind=BlogPage.KIND_YOU_SAID)
            .order_by("-date", "-pk")[:3]
        )
        return context


class StandardPage(BasePage):
    body = StreamField(general_blocks(), blank=True, verbose_name=_("body"))

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    content_panels = BasePage.content_panels + [FieldPanel("body")]

    class Meta:
        verbose_name = _("standard page")
