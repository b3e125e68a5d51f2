"""/sitemap.xml lists every live, public, non-sensitive page in every language, with its real translations."""

import pytest
from defusedxml import ElementTree as ET
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from home.factories import StandardPageFactory

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
BASE = "http://testserver"


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    return {
        url.find("s:loc", NS).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


@pytest.fixture
def about(home_page):
    return StandardPageFactory(parent=home_page, title="About us", slug="about")


@pytest.mark.django_db
def test_a_translated_page_lists_its_translations_and_x_default(client, about, make_translation):
    make_translation(about, "so")
    make_translation(about, "ar")
    urls = sitemap(client)
    expected = {
        "en": f"{BASE}/en/about/",
        "ar": f"{BASE}/ar/about/",
        "so": f"{BASE}/so/about/",
        "x-default": f"{BASE}/en/about/",
    }
    for code in ("en", "ar", "so"):
        assert urls[f"{BASE}/{code}/about/"] == expected
    assert f"{BASE}/ti/about/" not in urls  # no Tigrinya translation: not invented


@pytest.mark.django_db
def test_every_languages_home_page_is_listed_with_absolute_urls(client, home_pages):
    urls = sitemap(client)
    assert all(url.startswith(f"{BASE}/") for url in urls)
    home = urls[f"{BASE}/so/"]
    assert home["so"] == f"{BASE}/so/" and home["ti"] == f"{BASE}/ti/"
    assert home["x-default"] == f"{BASE}/en/"
    assert len(home) == 13  # twelve languages and x-default


@pytest.mark.django_db
def test_a_page_in_one_language_has_no_alternates(client, about):
    assert sitemap(client)[f"{BASE}/en/about/"] == {}


@pytest.mark.django_db
def test_sensitive_private_and_draft_pages_are_absent(client, home_page, about, make_translation):
    StandardPageFactory(parent=home_page, slug="leaving-safely", sensitive=True)
    private = StandardPageFactory(parent=home_page, slug="trainees-only")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    draft = StandardPageFactory(parent=home_page, slug="draft")
    draft.unpublish()
    arabic = make_translation(about, "ar")
    arabic.sensitive = True
    arabic.save_revision().publish()

    urls = sitemap(client)
    assert f"{BASE}/en/about/" in urls
    for path in ("/en/leaving-safely/", "/en/trainees-only/", "/en/draft/", "/ar/about/"):
        assert f"{BASE}{path}" not in urls
    assert all("leaving-safely" not in href for links in urls.values() for href in links.values())
    assert urls[f"{BASE}/en/about/"] == {}  # the sensitive Arabic page is not offered as an alternate


@pytest.mark.django_db
def test_the_sitemap_takes_the_same_queries_however_big_the_site(client, home_page, make_translation):
    def count():
        with CaptureQueriesContext(connection) as queries:
            client.get("/sitemap.xml")
        return len(queries)

    make_translation(StandardPageFactory(parent=home_page), "ar")
    client.get("/sitemap.xml")  # warm the per-process caches
    small = count()
    for _ in range(5):
        make_translation(StandardPageFactory(parent=home_page), "ar")
    client.get("/sitemap.xml")  # publishing emptied the cached site-wide pieces: warm them again
    assert count() == small <= 6


@pytest.mark.django_db
def test_robots_txt_names_the_sitemap(client):
    assert f"Sitemap: {BASE}/sitemap.xml\n" in client.get("/robots.txt").content.decode()
