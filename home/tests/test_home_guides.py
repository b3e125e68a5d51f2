"""Every language's home page introduces the site and leads to every guide: its own first, then the rest in
English, labelled and linked with the "not translated yet" notice."""

import re

import pytest
from django.utils import translation

from resources.factories import GuideIndexPageFactory, GuidePageFactory

INTRO = (
    "Short, plain guides to using NHS services in England, written by people who have found them hard to "
    "use, together with GPs. You can show any guide to the staff at reception."
)


@pytest.fixture
def guides(home_page):
    index = GuideIndexPageFactory(parent=home_page, slug="guides")
    return [
        GuidePageFactory(parent=index, slug="register", title="Register with a GP"),
        GuidePageFactory(parent=index, slug="dentist", title="See a dentist"),
        GuidePageFactory(parent=index, slug="pharmacy", title="Get medicine from a pharmacy"),
    ]


def cards(html):
    block = re.search(r'<div class="home-guides">.*?</ul>', html, re.S).group(0)
    return re.findall(r'<a href="([^"]+)"([^>]*)>([^<]+)</a>', block)


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["so", "ar", "pl", "ti"])
def test_a_home_page_in_another_language_leads_to_every_guide(client, guides, make_translation, code):
    translated = make_translation(guides[1], code)
    translated.title = f"Dentist ({code})"
    translated.save_revision().publish()
    html = client.get(f"/{code}/").content.decode()
    with translation.override(code):
        assert translation.gettext(INTRO) in html
        english_label = translation.gettext("English")
    found = cards(html)
    assert [title for _href, _attrs, title in found] == [
        f"Dentist ({code})",
        "Register with a GP",
        "Get medicine from a pharmacy",
    ]
    assert found[0][0] == f"/{code}/guides/dentist/" and "lang=" not in found[0][1]
    for href, attrs, _title in found[1:]:
        assert href.startswith("/en/guides/") and href.endswith(f"?untranslated={code}")
        assert 'lang="en"' in attrs
        assert client.get(href).status_code == 200
    assert html.count(f'<span class="label">{english_label}</span>') == 2


@pytest.mark.django_db
def test_the_english_home_page_keeps_its_ways_in_and_lists_no_guides(client, guides):
    html = client.get("/en/").content.decode()
    assert 'class="home-guides"' not in html


@pytest.mark.django_db
def test_the_guide_list_costs_the_same_queries_for_one_guide_or_many(
    client, home_page, guides, django_assert_max_num_queries
):
    client.get("/so/")
    with django_assert_max_num_queries(24) as few:
        client.get("/so/")
    index = guides[0].get_parent()
    for n in range(6):
        GuidePageFactory(parent=index, slug=f"more-{n}")
    with django_assert_max_num_queries(24):
        client.get("/so/")  # the first visit after new pages went live works the lists out again
    with django_assert_max_num_queries(len(few.captured_queries)):
        html = client.get("/so/").content.decode()
    assert len(cards(html)) == 9
