"""Every block of a guide can be translated segment by segment with wagtail-localize; choices (urgency,
heading level, credit) are codes, deliberately not translated (their labels are interface strings)."""

import pytest
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from resources.factories import GuideIndexPageFactory, GuidePageFactory


@pytest.mark.django_db
def test_every_guide_block_yields_translatable_text(home_page):
    guide = GuidePageFactory(parent=GuideIndexPageFactory(parent=home_page))
    strings = {s.string.data for s in extract_segments(guide) if isinstance(s, StringSegmentValue)}
    for text in [
        "You do not need ID to register with a GP.",
        "Find a practice near you",
        "Your rights",
        "You do not need proof of address.",
        "Call 999 if someone is badly hurt",
        "I would like to register, please.",
        "Ask for an interpreter",
        "Use a child to interpret",
        "NHS 111",
        "This part talks about violence.",
        "What if I have no address?",
        "They did not ask me to prove anything.",
    ]:
        assert any(text in s for s in strings), text
    assert not {"emergency", "h2", "pseudonym"} & strings
