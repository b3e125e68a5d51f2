"""Keyboard only: language switcher, search, content note and snapshot; visible focus; text at 200 %."""

import pytest

pytestmark = pytest.mark.browser


def tab_to(page, selector, limit=80):
    """Press Tab until the element matching `selector` has focus; fail if it never does."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"document.activeElement.matches({selector!r})"):
            return
    raise AssertionError(f"{selector} never got keyboard focus")


def test_language_switcher_and_search_by_keyboard(live_site, new_page):
    page = new_page(width=320)
    page.goto(live_site + "/en/")
    tab_to(page, ".language-switcher summary")
    page.keyboard.press("Enter")
    tab_to(page, 'a[hreflang="ar"]')
    # Focus is visible: an outline or a box shadow is drawn on the focused link.
    style = page.evaluate(
        "(() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.boxShadow]; })()"
    )
    assert style[0] != "none" or style[1] != "none"
    page.keyboard.press("Enter")
    page.wait_for_url("**/ar/")
    tab_to(page, 'input[name="q"]')
    page.keyboard.type("GP")
    page.keyboard.press("Enter")
    page.wait_for_url("**/ar/search/?q=GP*")
    assert page.locator("main h1").is_visible()


def test_content_note_opens_by_keyboard(live_site, new_page):
    page = new_page()
    page.goto(live_site + "/en/guides/mental-health-crisis/")
    note = page.locator("details.content-note, .content-note details").first
    assert not note.evaluate("el => el.open")
    tab_to(page, ".content-note summary")
    page.keyboard.press("Enter")
    assert note.evaluate("el => el.open")


def test_snapshot_by_keyboard(live_site, new_page):
    page = new_page()
    page.goto(live_site + "/en/personal-snapshot/")
    tab_to(page, 'form input[type="text"], form textarea')
    page.keyboard.type("Sam")
    tab_to(page, 'form button[type="submit"]')
    page.keyboard.press("Enter")
    page.wait_for_timeout(300)
    assert "Sam" in page.locator("main").inner_text()


@pytest.mark.parametrize("path", ["/en/guides/register-with-a-gp/", "/ar/guides/register-with-a-gp/"])
def test_text_at_200_percent_loses_nothing(live_site, new_page, path):
    page = new_page(width=640)
    page.goto(live_site + path)
    page.evaluate("document.documentElement.style.fontSize = '200%'")  # CSSOM: allowed by the strict CSP
    assert page.evaluate("document.documentElement.scrollWidth") <= 640
    assert page.locator("a.quick-exit").is_visible()
    assert page.locator("main h1").is_visible()
