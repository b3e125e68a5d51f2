"""Dates are written in the page's language, Somali and Tigrinya included (Babel's CLDR data, not Django's)."""

import datetime

import pytest
from django.utils import translation

from blog.factories import BlogIndexPageFactory, BlogPageFactory
from resources.factories import GuideIndexPageFactory, GuidePageFactory
from resources.printable import date_stamp
from website.dates import local_date

OCTOBER_17 = datetime.date(2026, 10, 17)

# The month of 17 October 2026 in each language's own words.
MONTHS = {"en": "17 October 2026", "so": "Oktoobar", "ar": "أكتوبر", "ti": "ጥቅምቲ"}


@pytest.fixture
def post(home_page):
    index = BlogIndexPageFactory(parent=home_page, slug="news")
    return BlogPageFactory(parent=index, date=OCTOBER_17)


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["so", "ar", "ti"])
def test_a_news_date_is_in_the_pages_language(client, post, make_translation, code):
    html = client.get(make_translation(post, code).url).content.decode()
    assert MONTHS[code] in html
    assert "October" not in html
    assert '<time datetime="2026-10-17">' in html


@pytest.mark.django_db
def test_english_dates_are_unchanged(client, post):
    html = client.get(post.url).content.decode()
    assert '<time datetime="2026-10-17">17 October 2026</time>' in html


@pytest.mark.django_db
def test_the_news_index_lists_dates_in_its_language(client, post, make_translation):
    make_translation(post, "so")
    html = client.get("/so/news/").content.decode()
    assert "Oktoobar" in html and "October" not in html


@pytest.mark.django_db
def test_review_dates_are_in_the_pages_language(client, home_page, make_translation):
    index = GuideIndexPageFactory(parent=home_page, slug="guides")
    guide = GuidePageFactory(
        parent=index, last_reviewed=OCTOBER_17, next_review_due=datetime.date(2027, 4, 1)
    )
    html = client.get(make_translation(guide, "ti").url).content.decode()
    assert '<time datetime="2026-10-17">ጥቅምቲ 17, 2026</time>' in html
    assert "ሚያዝያ" in html  # April
    assert "October" not in html and "April" not in html


def test_tigrinya_is_written_in_ethiopic_script():
    text = local_date(OCTOBER_17, "ti")
    assert any("\u1200" <= ch <= "\u137f" for ch in text), text


def test_every_site_language_has_its_own_month_names(settings):
    for code, _name in settings.LANGUAGES:
        if code != "en":
            assert "October" not in local_date(OCTOBER_17, code), code


def test_a_language_babel_does_not_know_falls_back_to_djangos_format():
    with translation.override("en"):
        assert local_date(OCTOBER_17, "xx") == "17 October 2026"


def test_a_datetime_is_written_as_its_local_date():
    late = datetime.datetime(2026, 10, 17, 23, 30, tzinfo=datetime.UTC)  # already the 18th in London
    assert local_date(late, "en") == "18 October 2026"
    assert local_date(None, "en") == ""


def test_printed_records_are_dated_in_the_visitors_language_with_an_english_copy():
    with translation.override("so"):
        date = date_stamp()
    assert date["local"] == local_date(datetime.date.fromisoformat(date["iso"]), "so")
    assert date["en"] == local_date(datetime.date.fromisoformat(date["iso"]), "en")
    assert date["local"] != date["en"]
