"""Each language's news has an RSS feed at the news page's address + feed/, linked from the news page."""

from datetime import date

import pytest
from defusedxml import ElementTree as ET
from wagtail.models import PageViewRestriction

from blog.factories import BlogIndexPageFactory, BlogPageFactory

BASE = "http://testserver"


def feed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    assert not response.cookies
    channel = ET.fromstring(response.content).find("channel")
    items = [{child.tag: child.text for child in item} for item in channel.findall("item")]
    return channel, items


@pytest.fixture
def news(home_page):
    return BlogIndexPageFactory(parent=home_page, slug="news")


@pytest.mark.django_db
def test_the_english_feed_lists_english_posts_newest_first(client, news):
    older = BlogPageFactory(
        parent=news, title="Spring meeting", slug="spring", summary="What we decided.", date=date(2026, 4, 1)
    )
    newer = BlogPageFactory(parent=news, title="Summer meeting", slug="summer", date=date(2026, 7, 1))
    channel, items = feed(client, "/en/news/feed/")
    assert channel.find("title").text.startswith("News – ")
    assert channel.find("language").text == "en"
    assert channel.find("link").text == f"{BASE}/en/news/"
    assert [i["title"] for i in items] == [newer.title, older.title]
    assert items[1]["link"] == f"{BASE}/en/news/spring/"
    assert items[1]["description"] == "What we decided."


@pytest.mark.django_db
def test_each_language_has_its_own_feed_with_a_translated_title(client, news, make_translation):
    post = BlogPageFactory(parent=news, title="Spring meeting", slug="spring")
    arabic_news = make_translation(news, "ar")
    arabic = make_translation(post, "ar")
    arabic.title = "اجتماع الربيع"
    arabic.save_revision().publish()
    BlogPageFactory(parent=news, title="English only", slug="english-only")

    channel, items = feed(client, "/ar/news/feed/")
    assert channel.find("title").text.startswith("أخبار – ")
    assert channel.find("language").text == "ar"
    assert [i["title"] for i in items] == ["اجتماع الربيع"]
    assert items[0]["link"] == f"{BASE}{arabic.url}"
    assert arabic_news.url == "/ar/news/"


@pytest.mark.django_db
def test_sensitive_private_and_draft_posts_are_not_in_the_feed(client, news):
    BlogPageFactory(parent=news, title="Open meeting")
    BlogPageFactory(parent=news, title="Leaving safely", sensitive=True)
    private = BlogPageFactory(parent=news, title="Trainees only")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    BlogPageFactory(parent=news, title="Not yet").unpublish()
    _channel, items = feed(client, "/en/news/feed/")
    assert [i["title"] for i in items] == ["Open meeting"]


@pytest.mark.django_db
def test_the_news_page_links_its_feed(client, news):
    html = client.get("/en/news/").content.decode()
    head = html.split("</head>")[0]
    assert 'type="application/rss+xml"' in head
    assert 'href="/en/news/feed/"' in head
    assert 'title="News – ' in head


@pytest.mark.django_db
def test_a_sensitive_news_page_has_no_feed(client, news):
    news.sensitive = True
    news.save_revision().publish()
    assert client.get("/en/news/feed/").status_code == 404
    assert "application/rss+xml" not in client.get("/en/news/").content.decode()
