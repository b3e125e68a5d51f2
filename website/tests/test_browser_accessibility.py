"""Every page type in English and Arabic, at 320 px and desktop width, in Debian's Chromium:
zero axe violations (WCAG 2.2 AA), right lang/dir, no sideways scrolling, no cookies, no other hosts."""

from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def page_paths():
    """One page of each type, from the demo content (demo/content/)."""
    return {
        "home": "/{lang}/",
        "standard": "/{lang}/about/",
        "guide index": "/{lang}/guides/",
        "guide": "/{lang}/guides/register-with-a-gp/",
        "top tips": "/{lang}/top-tips/",
        "blog index": "/{lang}/news/",
        "blog post": "/{lang}/news/you-said-reception-asked-for-id/",
        "search": "/{lang}/search/?q=GP",
        "personal snapshot": "/{lang}/personal-snapshot/",
        "language card": "/{lang}/language-card/",
        "training index": "/{lang}/training/",
        "training course": "/{lang}/training/trauma-informed-primary-care/",
        "training module": "/{lang}/training/trauma-informed-primary-care/why-access-is-unequal/",
        "training module with video": "/{lang}/training/co-production-toolkit/setting-up-with-a-charity/",
        "checklist": "/{lang}/training/co-production-toolkit/practice-checklist/",
        "not found": "/{lang}/no-such-page/",
    }


CASES = [(kind, lang, width) for kind in page_paths() for lang in ("en", "ar") for width in (320, 1280)]


@pytest.mark.parametrize("kind,lang,width", CASES, ids=[f"{k}-{lang}-{w}" for k, lang, w in CASES])
def test_page_type_is_accessible(live_site, new_page, kind, lang, width):
    from axe_playwright_python.sync_playwright import Axe

    page = new_page(width=width)
    other_hosts = []
    page.on(
        "request",
        lambda r: urlparse(r.url).hostname not in ("127.0.0.1", "localhost") and other_hosts.append(r.url),
    )
    response = page.goto(live_site + page_paths()[kind].format(lang=lang))
    assert response.status == (404 if kind == "not found" else 200)
    assert page.get_attribute("html", "lang") == lang
    assert page.get_attribute("html", "dir") == ("rtl" if lang == "ar" else "ltr")
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    assert results.violations_count == 0, results.generate_report()
    assert page.evaluate("document.documentElement.scrollWidth") <= width, "page scrolls sideways"
    assert not other_hosts, other_hosts
    assert page.context.cookies() == []


@pytest.mark.parametrize("kind,lang", [(kind, lang) for kind in page_paths() for lang in ("en", "ar")])
def test_page_type_works_without_javascript(live_site, new_page, kind, lang):
    page = new_page(width=320, javascript=False)
    page.goto(live_site + page_paths()[kind].format(lang=lang))
    assert page.get_attribute("html", "dir") == ("rtl" if lang == "ar" else "ltr")
    assert page.locator("main h1").first.is_visible()
    exit_link = page.locator("a.quick-exit")
    assert exit_link.is_visible()
    assert exit_link.get_attribute("href").startswith("http")


def test_keyboard_reaches_skip_link_then_quick_exit(live_site, new_page):
    page = new_page()
    page.goto(live_site + "/en/guides/register-with-a-gp/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#main-content"
    page.keyboard.press("Tab")
    assert "quick-exit" in page.evaluate("document.activeElement.className")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"


@pytest.mark.parametrize("lang", ["ur", "fa", "ckb", "so", "ti", "bn", "zh-hans", "pl", "ro", "uk"])
def test_home_page_in_every_other_language_is_accessible(live_site, new_page, lang):
    from axe_playwright_python.sync_playwright import Axe

    page = new_page(width=320)
    page.goto(f"{live_site}/{lang}/")
    assert page.get_attribute("html", "lang") == lang
    assert page.get_attribute("html", "dir") == ("rtl" if lang in {"ur", "fa", "ckb"} else "ltr")
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    assert results.violations_count == 0, results.generate_report()
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
