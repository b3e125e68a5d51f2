"""Every page names its own address (rel=canonical) and its real translations (rel=alternate hreflang)."""

import re

import pytest
from wagtail.models import Locale

from home.factories import StandardPageFactory

BASE = "http://testserver"


def head(response):
    assert response.status_code == 200
    return response.content.decode().split("</head>")[0]


def alternates(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))


@pytest.fixture
def about(home_page):
    return StandardPageFactory(parent=home_page, title="About us", slug="about")


@pytest.mark.django_db
def test_canonical_is_the_pages_own_absolute_url_without_the_query(client, about):
    html = head(client.get("/en/about/?feedback=thanks&utm_source=x"))
    assert re.findall(r'<link rel="canonical" href="([^"]+)">', html) == [f"{BASE}/en/about/"]


@pytest.mark.django_db
def test_a_translation_is_its_own_canonical_and_lists_its_translations(client, about, make_translation):
    arabic = make_translation(about, "ar")
    html = head(client.get(arabic.url))
    assert f'<link rel="canonical" href="{BASE}/ar/about/">' in html
    assert alternates(html) == {
        "en": f"{BASE}/en/about/",
        "ar": f"{BASE}/ar/about/",
        "x-default": f"{BASE}/en/about/",
    }


@pytest.mark.django_db
def test_an_alias_of_another_languages_page_is_not_offered_as_a_translation(client, about):
    alias = about.copy_for_translation(Locale.objects.get(language_code="so"), alias=True)
    assert alias.live and alias.alias_of_id == about.pk
    html = head(client.get("/en/about/"))
    assert alternates(html) == {"en": f"{BASE}/en/about/", "x-default": f"{BASE}/en/about/"}


@pytest.mark.django_db
def test_pages_that_are_not_wagtail_pages_have_no_canonical(client, home_pages):
    assert 'rel="canonical"' not in client.get("/en/no-such-page/").content.decode()
