"""Top tips for practice staff."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from website.blocks import SHORT_RICH_TEXT_FEATURES
from website.models import BasePage

from ..blocks.tips import TipBlock


class TopTipsPage(BasePage):
    """Trauma-informed top tips for practice staff, from the group's learning."""

    asks_for_feedback = True

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
