"""The blocks a guide is built from. They are shared content blocks (website.blocks); this is the choice
and order a guide uses."""

from website.blocks import (
    CareCardBlock,
    ContactBlock,
    ContentNoteBlock,
    DetailsBlock,
    DoDontBlock,
    HeadingBlock,
    ImageBlock,
    InsetTextBlock,
    ParagraphBlock,
    PhrasesBlock,
    QuoteBlock,
    RelatedLinksBlock,
    RightsBlock,
    StepsBlock,
    SummaryBlock,
    WarningCalloutBlock,
)


def guide_blocks():
    """The blocks a guide is built from, in the order editors usually need them."""
    return [
        ("summary", SummaryBlock()),
        ("heading", HeadingBlock()),
        ("text", ParagraphBlock()),
        ("steps", StepsBlock()),
        ("care_card", CareCardBlock()),
        ("do_dont", DoDontBlock()),
        ("rights", RightsBlock()),
        ("phrases", PhrasesBlock()),
        ("contact", ContactBlock()),
        ("content_note", ContentNoteBlock()),
        ("inset", InsetTextBlock()),
        ("warning", WarningCalloutBlock()),
        ("details", DetailsBlock()),
        ("image", ImageBlock()),
        ("quote", QuoteBlock()),
        ("related_links", RelatedLinksBlock()),
    ]
