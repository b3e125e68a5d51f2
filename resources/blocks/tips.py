"""The block a top tips page is made of."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from website.blocks import SHORT_RICH_TEXT_FEATURES, OptionalQuoteBlock


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
