"""Every language's home page leads to the site's main parts and tools: guides, tips, training, news, the
cards to show at reception, the language card and the personal snapshot; in English where not translated."""

import re

import pytest
from django.utils import translation

from blog.factories import BlogIndexPageFactory
from resources.factories import (
    GuideIndexPageFactory,
    SnapshotPageFactory,
    TopTipsPageFactory,
    TrainingIndexPageFactory,
)


@pytest.fixture
def sections(home_page):
    return {
        "guides": GuideIndexPageFactory(parent=home_page, slug="guides"),
        "tips": TopTipsPageFactory(parent=home_page, slug="top-tips"),
        "training": TrainingIndexPageFactory(parent=home_page, slug="training"),
        "news": BlogIndexPageFactory(parent=home_page, slug="news"),
        "snapshot": SnapshotPageFactory(parent=home_page, slug="personal-snapshot"),
    }


def section_links(html):
    start = html.index('<div class="home-sections">')
    end = html.index("</ul>", html.index("</ul>", start) + 1)  # two lists: parts of the site, then tools
    block = html[start:end]
    return re.findall(r'<a href="([^"]+)"([^>]*)>([^<]+)</a>', block)


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "ar", "so", "ti", "zh-hans"])
def test_every_home_page_leads_to_every_part_and_tool(client, sections, make_translation, code):
    if code != "en":
        make_translation(sections["guides"], code)
    html = client.get(f"/{code}/").content.decode()
    hrefs = [href for href, _attrs, _title in section_links(html)]
    for name, page in sections.items():
        if code == "en":
            assert page.url in hrefs, name
        elif name == "guides":
            assert f"/{code}/guides/" in hrefs
        else:
            assert f"{page.url}?untranslated={code}" in hrefs, name
    assert f"/{code}/card/" in hrefs and f"/{code}/language-card/" in hrefs
    for href in hrefs:
        assert client.get(href).status_code == 200, href
    with translation.override(code):
        assert translation.gettext("Tools you can use") in html
        assert translation.gettext("Co-production training for GP trainees and practices.") in html


@pytest.mark.django_db
def test_parts_in_english_are_marked_as_english(client, sections):
    links = section_links(client.get("/pl/").content.decode())
    english = [(href, attrs) for href, attrs, _title in links if "untranslated=pl" in href]
    assert len(english) == 5
    assert all('lang="en"' in attrs for _href, attrs in english)
