"""The translation status report lists every English page, a screen at a time, in constant queries."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.factories import StandardPageFactory
from website import translation_report
from website.factories import UserFactory


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(username="admin", is_superuser=True, is_staff=True))
    return client


def columns(html):
    table = html[html.index('<table class="listing">') :]
    head = table[: table.index("</thead>")]
    return head.count('<th scope="col">')


def titles(html):
    return re.findall(r'<th scope="row"><a href="[^"]+">([^<]+)</a></th>', html)


@pytest.mark.django_db
def test_every_page_is_listed_one_screen_at_a_time(admin_client, home_page, monkeypatch, make_translation):
    monkeypatch.setattr(translation_report, "PER_PAGE", 4)
    pages = [StandardPageFactory(parent=home_page, title=f"Page number {n:02d}") for n in range(10)]
    make_translation(pages[0], "ar")
    seen = []
    for screen in (1, 2, 3):
        response = admin_client.get(f"/admin/reports/translation-status/?p={screen}")
        assert response.status_code == 200
        html = response.content.decode()
        listed = titles(html)
        assert len(listed) <= 4
        seen += listed
        assert f"Page {screen} of 3" in html
    assert ('rel="next"' in html) is False
    assert {f"Page number {n:02d}" for n in range(10)} <= set(seen)
    assert len(seen) == len(set(seen))  # no page twice
    # A screen number out of range shows the last screen, not an error.
    assert admin_client.get("/admin/reports/translation-status/?p=99").status_code == 200


@pytest.mark.django_db
def test_a_screen_costs_the_same_queries_however_many_pages(admin_client, home_page, monkeypatch):
    monkeypatch.setattr(translation_report, "PER_PAGE", 5)
    for n in range(6):
        StandardPageFactory(parent=home_page, title=f"Small site {n}")

    def measure():
        admin_client.get("/admin/reports/translation-status/?p=1")
        with CaptureQueriesContext(connection) as queries:
            response = admin_client.get("/admin/reports/translation-status/?p=1")
        return len(queries), len(titles(response.content.decode()))

    small = measure()
    for n in range(15):
        StandardPageFactory(parent=home_page, title=f"Bigger site {n}")
    large = measure()
    assert small == large
    assert large[1] == 5


@pytest.mark.django_db
def test_a_screen_of_many_page_types_costs_what_a_screen_of_one_does(
    admin_client, home_page, monkeypatch, make_translation
):
    from resources.factories import GuideIndexPageFactory, GuidePageFactory, TopTipsPageFactory

    monkeypatch.setattr(translation_report, "PER_PAGE", 3)

    def queries_for(screen):
        admin_client.get(f"/admin/reports/translation-status/?p={screen}")
        with CaptureQueriesContext(connection) as queries:
            assert admin_client.get(f"/admin/reports/translation-status/?p={screen}").status_code == 200
        return len(queries)

    # Screen 1 (in tree order): the home page, a standard page, an index; screen 2: three guides; screen 3: tips.
    # Each screen has a translated page (the home page has its translations), so each asks which are
    # awaiting approval.
    StandardPageFactory(parent=home_page, title="About us")
    index = GuideIndexPageFactory(parent=home_page, slug="guides")
    guides = [GuidePageFactory(parent=index, slug=f"guide-{n}") for n in range(3)]
    make_translation(guides[0], "ar")
    make_translation(TopTipsPageFactory(parent=home_page, slug="tips"), "ar")
    assert queries_for(1) == queries_for(2) == queries_for(3)


@pytest.mark.django_db
def test_one_language_and_only_the_pages_missing_in_it(admin_client, home_page, make_translation):
    translated = StandardPageFactory(parent=home_page, title="Translated into Arabic")
    make_translation(translated, "ar")
    StandardPageFactory(parent=home_page, title="Only in English")
    html = admin_client.get("/admin/reports/translation-status/?language=ar").content.decode()
    assert columns(html) == 2  # the English page and Arabic
    assert {"Translated into Arabic", "Only in English"} <= set(titles(html))
    missing = admin_client.get("/admin/reports/translation-status/?language=ar&missing=1").content.decode()
    assert "Only in English" in titles(missing)
    assert "Translated into Arabic" not in titles(missing)
    assert "translation-status--up-to-date" not in missing
    # An unknown language shows every language.
    every = admin_client.get("/admin/reports/translation-status/?language=xx&missing=1").content.decode()
    assert columns(every) == 12
    assert "Translated into Arabic" in titles(every)
