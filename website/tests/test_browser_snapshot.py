"""The personal snapshot in a real browser. With JavaScript the printable summary is built in the page and
nothing goes over the network; without it the form posts to the page and the same summary comes back."""

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
NAME = "سارة"
OTHER = "أن يتحدث الطبيب ببطء"


def assert_accessible(page):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    assert results.violations_count == 0, results.generate_report()


def fill_in(page):
    """Answer in Arabic: a name, two things that help, something else, and a choice of clinician."""
    questions = page.locator("[data-question]")
    questions.nth(0).locator("input").fill(NAME)
    helps = questions.nth(1)
    helps.locator("input[type=checkbox]").nth(0).check()
    helps.locator("input[type=checkbox]").nth(3).check()
    helps.locator("input[type=text]").fill(OTHER)
    questions.nth(3).locator("input[type=radio]").nth(0).check()


@pytest.mark.parametrize("lang,width", [("en", 320), ("ar", 320), ("en", 1280), ("ar", 1280)])
def test_form_is_accessible(live_site, new_page, lang, width):
    page = new_page(width=width)
    response = page.goto(f"{live_site}/{lang}/personal-snapshot/")
    assert response.status == 200
    assert page.get_attribute("html", "dir") == ("rtl" if lang == "ar" else "ltr")
    assert_accessible(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert page.context.cookies() == []


@pytest.mark.parametrize("width", [320, 1280])
def test_with_javascript_the_summary_is_made_in_the_page_and_nothing_is_sent(live_site, new_page, width):
    page = new_page(width=width)
    page.goto(f"{live_site}/ar/personal-snapshot/")
    page.wait_for_load_state("networkidle")
    fill_in(page)
    english = (
        page.locator("[data-question]").nth(1).locator("input[type=checkbox]").nth(0).get_attribute("data-en")
    )
    sent = []
    page.on("request", lambda request: sent.append(f"{request.method} {request.url}"))
    page.locator("[data-snapshot-form] button[type=submit]").click()

    summary = page.locator("#snapshot-summary")
    summary.wait_for()
    page.wait_for_timeout(300)
    assert sent == [], sent
    assert page.url.endswith("/ar/personal-snapshot/")
    assert page.evaluate("document.activeElement.id") == "snapshot-summary"
    text = summary.inner_text()
    assert NAME in text and OTHER in text
    english_copy = summary.locator("[lang=en]")
    assert "English copy for the practice" in " ".join(english_copy.all_inner_texts())
    assert english in summary.locator("[data-a-en]").first.inner_text() or english in text
    assert summary.locator("time[data-date]").get_attribute("datetime")
    assert summary.locator("[data-print]").is_visible()
    assert_accessible(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= width

    # Download: a text file made in the browser, still without any request to a server.
    with page.expect_download() as download:
        summary.locator("[data-download]").click()
    saved = Path(download.value.path()).read_text(encoding="utf-8-sig")
    assert NAME in saved and OTHER in saved and english in saved
    assert [r for r in sent if "blob:" not in r] == []
    assert page.context.cookies() == []


def test_without_javascript_the_form_posts_and_the_summary_comes_back(live_site, new_page):
    page = new_page(width=320, javascript=False)
    page.goto(f"{live_site}/ar/personal-snapshot/")
    fill_in(page)
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        page.locator("[data-snapshot-form] button[type=submit]").click()
    response = posted.value
    assert response.status == 200, "website/urls.py must route pages through website.serve.serve"
    assert "no-store" in response.headers["cache-control"]
    page.wait_for_load_state()
    summary = page.locator("#snapshot-summary")
    text = summary.inner_text()
    assert NAME in text and OTHER in text
    assert "English copy for the practice" in text
    assert page.context.cookies() == []

    with page.expect_download() as download:
        page.locator("button[name=action][value=download]").click()
    saved = Path(download.value.path()).read_text(encoding="utf-8-sig")
    assert NAME in saved

    page.locator("button[name=action][value=edit]").click()
    page.wait_for_load_state()
    assert page.locator("[data-question]").nth(0).locator("input").input_value() == NAME
    assert page.locator("[data-question]").nth(1).locator("input[type=checkbox]").nth(0).is_checked()


@pytest.mark.parametrize("width", [320, 1280])
def test_summary_page_from_the_server_is_accessible(live_site, new_page, width):
    """axe needs JavaScript, so post the form natively (form.submit() skips the submit handler)."""
    page = new_page(width=width)
    page.goto(f"{live_site}/ar/personal-snapshot/")
    fill_in(page)
    with page.expect_navigation():
        page.evaluate("document.querySelector('[data-snapshot-form]').submit()")
    summary = page.locator("#snapshot-summary")
    assert NAME in summary.inner_text()
    assert summary.locator("[data-print]").is_visible()  # snapshot.js offers Print where it can
    assert_accessible(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
