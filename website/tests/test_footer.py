"""The footer reaches the pages people need in every language, falling back to English honestly."""

import re

import pytest
from django.utils import translation

from home.factories import StandardPageFactory
from website.templatetags.website_tags import footer_links

FOOTER = {
    "about": "About us",
    "privacy": "Privacy",
    "accessibility": "Accessibility statement",
    "contact": "Contact us",
    "staying-safe-online": "Staying safe online",
}


@pytest.fixture
def footer_pages(home_page):
    return {
        slug: StandardPageFactory(parent=home_page, slug=slug, title=title) for slug, title in FOOTER.items()
    }


def footer(html):
    return re.search(r'<footer class="site-footer">.*?</footer>', html, re.S).group(0)


def links(html):
    return re.findall(r'<a href="([^"]+)"([^>]*)>([^<]+)</a>', footer(html))


@pytest.mark.django_db
def test_the_english_footer_links_every_page_people_need(client, footer_pages):
    found = {title: href for href, _attrs, title in links(client.get("/en/").content.decode())}
    for slug, title in FOOTER.items():
        assert found[title] == f"/en/{slug}/"


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["so", "ar", "ti"])
def test_an_untranslated_footer_page_is_linked_in_english_with_the_notice(client, footer_pages, code):
    html = client.get(f"/{code}/").content.decode()
    found = {title: (href, attrs) for href, attrs, title in links(html)}
    for slug, title in FOOTER.items():
        href, attrs = found[title]
        assert href == f"/en/{slug}/?untranslated={code}"
        assert 'lang="en"' in attrs and 'hreflang="en"' in attrs
        page = client.get(href)
        assert page.status_code == 200
        with translation.override(code):
            notice = translation.gettext("This page isn't in %(language)s yet. Here it is in English.")
        language = translation.get_language_info(code)["name_local"]
        assert notice % {"language": language} in page.content.decode()


@pytest.mark.django_db
def test_a_translated_footer_page_is_linked_in_its_own_language(client, footer_pages, make_translation):
    privacy = make_translation(footer_pages["privacy"], "so")
    privacy.title = "Arrimaha gaarka ah"
    privacy.save_revision().publish()
    found = {title: (href, attrs) for href, attrs, title in links(client.get("/so/").content.decode())}
    href, attrs = found["Arrimaha gaarka ah"]
    assert href == "/so/privacy/" and "lang=" not in attrs
    assert "Privacy" not in found
    assert found["About us"][0] == "/en/about/?untranslated=so"


@pytest.mark.django_db
def test_the_footer_costs_the_same_queries_whatever_the_language(
    rf, footer_pages, make_translation, django_assert_max_num_queries
):
    make_translation(footer_pages["privacy"], "so")
    for code in ("en", "so", "ar"):
        request = rf.get(f"/{code}/")
        with translation.override(code):
            footer_links({"request": request})  # the request then holds the site's root paths, as on a page
            with django_assert_max_num_queries(3):  # the locale, view restrictions (public()), the pages
                found = footer_links({"request": request})
        assert len(found) == len(FOOTER)
