"""Accounts in a real browser: the sign-in, error, reset and signed-in pages pass axe (WCAG 2.2 AA) in English
and Arabic at 320 px and desktop width; the error summary takes focus; signing in and out works without
JavaScript; a trainee who opens the admin gets the site's own refusal page."""

import os
from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
PASSWORD = os.environ.get("DEMO_PASSWORD") or "co-produce-2026"
CASES = [(lang, width) for lang in ("en", "ar") for width in (320, 1280)]
IDS = [f"{lang}-{width}" for lang, width in CASES]


def assert_accessible(page, width, lang):
    from axe_playwright_python.sync_playwright import Axe

    assert page.get_attribute("html", "lang") == lang
    assert page.get_attribute("html", "dir") == ("rtl" if lang == "ar" else "ltr")
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    assert results.violations_count == 0, results.generate_report()
    assert page.evaluate("document.documentElement.scrollWidth") <= width, "page scrolls sideways"


def sign_in(page, live_site, username="trainee", password=PASSWORD, lang="en"):
    page.goto(f"{live_site}/{lang}/account/sign-in/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()


@pytest.mark.parametrize("lang,width", CASES, ids=IDS)
def test_account_pages_are_accessible(live_site, new_page, lang, width):
    page = new_page(width=width)
    for path in ("account/sign-in/", "account/password-reset/", "account/signed-out/"):
        page.goto(f"{live_site}/{lang}/{path}")
        assert_accessible(page, width, lang)


@pytest.mark.parametrize("lang,width", CASES, ids=IDS)
def test_a_mistake_shows_an_accessible_error_summary_with_focus(live_site, new_page, lang, width):
    page = new_page(width=width)
    sign_in(page, live_site, password="not-the-password", lang=lang)
    summary = page.locator(".error-summary")
    assert summary.is_visible()
    assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    assert page.locator("#id_username").input_value() == "trainee"
    assert page.locator("#id_password").input_value() == ""
    assert_accessible(page, width, lang)
    # The summary's link takes keyboard users to the field.
    summary.locator("a").first.click()
    assert urlparse(page.url).fragment == "id_username"


@pytest.mark.parametrize("lang,width", CASES, ids=IDS)
def test_signed_in_pages_show_the_account_bar_accessibly(live_site, new_page, lang, width):
    page = new_page(width=width)
    sign_in(page, live_site, lang=lang)
    assert urlparse(page.url).path == f"/{lang}/"
    assert page.locator(".account-bar").is_visible()
    assert_accessible(page, width, lang)


def test_sign_in_and_out_without_javascript(live_site, new_page):
    page = new_page(width=320, javascript=False)
    sign_in(page, live_site)
    assert "Kit" in page.locator(".account-bar").inner_text()
    with page.expect_navigation():
        page.locator(".account-bar button").click()
    assert urlparse(page.url).path == "/en/account/signed-out/"
    assert page.locator("main h1").inner_text() == "You have signed out"
    assert page.locator(".account-bar").count() == 0


@pytest.mark.parametrize("width", [320, 1280])
def test_a_trainee_opening_the_admin_gets_the_sites_refusal_page(live_site, new_page, width):
    page = new_page(width=width)
    sign_in(page, live_site)
    response = page.goto(f"{live_site}/admin/")
    assert response.status == 403
    assert page.locator("main h1").inner_text() == "This account cannot edit the website"
    assert_accessible(page, width, "en")
