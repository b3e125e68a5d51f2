"""The guide index shows a screen of guides at a time, in the database, in every language, with the topic
filter kept from screen to screen; a screen is the same size and costs the same queries however many guides
the site has."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from conftest import translate
from resources.factories import GuideIndexPageFactory, GuidePageFactory
from resources.models import GuideIndexPage, Topic


def card_titles(html):
    main = html[html.index("<main") : html.index("</main>")]
    return re.findall(r'<h[23] class="card-list__title">\s*<a href="[^"]+"[^>]*>([^<]+)</a>', main)


@pytest.fixture
def small_screens(monkeypatch):
    monkeypatch.setattr(GuideIndexPage, "per_page", 3)


@pytest.fixture
def index(home_page):
    return GuideIndexPageFactory(parent=home_page, slug="guides")


def add_guides(index, n, topic=None, start=0):
    return [
        GuidePageFactory(
            parent=index, slug=f"guide-{start + i}", title=f"Guide number {start + i:02d}", topic=topic
        )
        for i in range(n)
    ]


@pytest.mark.django_db
def test_every_guide_is_on_one_screen_or_another(client, index, small_screens):
    add_guides(index, 7)
    seen = []
    for screen in (1, 2, 3):
        html = client.get(f"{index.url}?page={screen}").content.decode()
        titles = card_titles(html)
        assert len(titles) == (3 if screen < 3 else 1)
        seen += titles
        assert f"Page {screen} of 3" in html
    assert sorted(seen) == [f"Guide number {n:02d}" for n in range(7)]
    # Out of range or nonsense: the nearest screen, never an error.
    assert client.get(f"{index.url}?page=99").status_code == 200
    assert client.get(f"{index.url}?page=abc").status_code == 200


@pytest.mark.django_db
def test_the_topic_filter_works_without_javascript_and_is_kept_across_screens(client, index, small_screens):
    gp = Topic.objects.get(slug="gp", locale__language_code="en")
    add_guides(index, 4, topic=gp)
    add_guides(index, 4, start=10)
    html = client.get(f"{index.url}?topic=gp").content.decode()
    assert len(card_titles(html)) == 3
    assert "Page 1 of 2" in html
    assert re.search(r'href="\?topic=gp&amp;page=2"|href="\?page=2&amp;topic=gp"', html)
    second = client.get(f"{index.url}?topic=gp&page=2").content.decode()
    assert card_titles(second) == ["Guide number 03"]


@pytest.mark.django_db
def test_arabic_readers_get_translated_guides_first_then_english_ones_a_screen_at_a_time(
    client, index, small_screens
):
    guides = add_guides(index, 5)
    arabic = [translate(guide, "ar") for guide in guides[3:]]
    arabic_index = GuideIndexPage.objects.get(locale__language_code="ar")
    first = client.get(arabic_index.url).content.decode()
    assert first.count('lang="en"') >= 1  # the English guides are marked
    titles = card_titles(first)
    assert titles[:2] == [page.title for page in arabic]
    assert "صفحة 1 من 2" in first
    second = card_titles(client.get(f"{arabic_index.url}?page=2").content.decode())
    assert len(titles) + len(second) == 5


@pytest.mark.django_db
def test_a_screen_is_the_same_size_and_queries_however_many_guides(client, index, small_screens):
    add_guides(index, 7)

    def measure(url):
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        return len(queries), len(card_titles(response.content.decode()))

    arabic = translate(index, "ar")  # every guide still in English there, marked
    urls = [index.url, f"{index.url}?page=2", arabic.url, f"{arabic.url}?page=2"]
    small = [measure(url) for url in urls]
    add_guides(index, 20, start=100)
    large = [measure(url) for url in urls]
    assert small == large
    for queries, cards in large:
        assert cards == 3
        assert queries <= 12


@pytest.mark.django_db
def test_the_kept_order_of_the_list_changes_with_what_is_published(client, index, small_screens):
    guides = add_guides(index, 4)
    assert card_titles(client.get(index.url).content.decode())[0] == "Guide number 00"
    new = GuidePageFactory(parent=index, slug="guide-new", title="A new guide", live=False)
    new.save_revision().publish()
    assert card_titles(client.get(index.url).content.decode())[0] == "Guide number 00"
    html = client.get(f"{index.url}?page=2").content.decode()
    assert "A new guide" in card_titles(html)
    guides[0].unpublish()
    titles = card_titles(client.get(index.url).content.decode())
    assert "Guide number 00" not in titles and titles[0] == "Guide number 01"


@pytest.mark.django_db
def test_a_renamed_topic_shows_on_the_index_at_once(client, index):
    gp = Topic.objects.get(slug="gp", locale__language_code="en")
    add_guides(index, 2, topic=gp)
    assert gp.name in client.get(index.url).content.decode()
    gp.name = "Your family doctor"
    gp.save()
    assert "Your family doctor" in client.get(index.url).content.decode()
