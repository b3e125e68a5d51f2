"""Link previews (Open Graph) say what a page is, in words only; sensitive pages give nothing away."""

import re

import pytest

from home.factories import StandardPageFactory


def meta(html, prop):
    found = re.search(rf'<meta property="{prop}"\s+content="([^"]*)">', html)
    return found and found.group(1)


@pytest.mark.django_db
@pytest.mark.parametrize("code,og_locale", [("en", "en_GB"), ("ar", "ar")])
def test_ordinary_pages_have_a_words_only_preview(client, home_page, make_translation, code, og_locale):
    page = StandardPageFactory(parent=home_page, title="About us", slug="about", summary="Who we are.")
    page.save_revision().publish()
    if code != "en":
        page = make_translation(page, code)
    html = client.get(page.url).content.decode()
    assert meta(html, "og:type") == "website"
    assert meta(html, "og:title") == "About us"
    assert meta(html, "og:description") == "Who we are."
    assert meta(html, "og:locale") == og_locale
    assert meta(html, "og:site_name")
    assert "og:image" not in html and "twitter:" not in html


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "ar"])
def test_sensitive_pages_have_a_neutral_title_and_no_preview(client, home_page, make_translation, code):
    page = StandardPageFactory(
        parent=home_page,
        title="Leaving an abusive partner",
        slug="leaving",
        summary="Where to get help.",
        sensitive=True,
    )
    page.save_revision().publish()
    if code != "en":
        page = make_translation(page, code)
    html = client.get(page.url).content.decode()
    head = html[: html.index("</head>")]
    title = re.search(r"<title>\s*(.*?)\s*</title>", head, re.S).group(1)
    assert "abusive" not in title.lower() and "leaving" not in title.lower()
    assert "og:" not in head and "twitter:" not in head
    assert 'name="description"' not in head
    assert "Where to get help." not in head
