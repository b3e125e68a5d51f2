"""Cards to show at reception: a list in every language, and each card's English half wholly in English
(headings too) beside the reader's language."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from resources.factories import GuideIndexPageFactory, GuidePageFactory

HEADINGS = ["In short", "Your rights", "What you can say"]


@pytest.fixture
def guide(home_page):
    index = GuideIndexPageFactory(parent=home_page, slug="guides")
    return GuidePageFactory(parent=index, slug="register", title="Register with a GP")


def halves(html, css_class):
    return re.findall(rf'<div class="{css_class}"[^>]*>(.*?)</div>\s*</div>', html, re.S)


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["so", "ar"])
def test_the_english_half_has_no_words_of_the_other_language(client, guide, make_translation, code):
    translated = make_translation(guide, code)
    with translation.override(code):
        url = reverse("reception_card", args=[translated.pk])
        local_headings = [translation.gettext(h) for h in HEADINGS]
    html = client.get(url).content.decode()
    english = re.findall(
        r'<div class="reception-card__english" lang="en" dir="ltr">(.*?)</div>\s*</div>', html, re.S
    )
    assert english, "the card shows an English half"
    text = " ".join(english)
    found = [h for h in HEADINGS if h in text]
    assert found, "the English half has its headings in English"
    for local, heading in zip(local_headings, HEADINGS, strict=True):
        if local != heading:
            assert local not in text
    local_half = " ".join(re.findall(r'<div class="reception-card__local"(.*?)</div>\s*</div>', html, re.S))
    assert any(local_headings[HEADINGS.index(h)] in local_half for h in found)


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["ar", "pl"])
def test_the_list_of_cards_offers_every_guide_in_every_language(
    client, guide, home_page, make_translation, code
):
    other = GuidePageFactory(parent=guide.get_parent(), slug="dentist", title="See a dentist")
    translated = make_translation(other, code)
    with translation.override(code):
        url = reverse("reception_cards")
    html = client.get(url).content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    links = re.findall(r'<a href="(/[^"]+/card/\d+/)"([^>]*)>([^<]+)</a>', main)
    assert [href for href, *_ in links] == [f"/{code}/card/{translated.pk}/", f"/{code}/card/{guide.pk}/"]
    assert 'lang="en"' in links[1][1] and 'lang="en"' not in links[0][1]
    for href, *_ in links:
        assert client.get(href).status_code == 200
