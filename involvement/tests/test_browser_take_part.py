"""The reader's path through Take part in Debian's Chromium, against the demo site (production settings):
every home page leads there, open opportunities show payment and access, the calendar file downloads,
a message sent without JavaScript reaches the editors' report, and tagging it raises the post's count."""

import re
from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.browser

LANGUAGES = ["en", "ar", "bn", "zh-hans", "fa", "ckb", "pl", "ro", "so", "ti", "uk", "ur"]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
PASSWORD = "co-produce-2026"  # noqa: S105 - the demo accounts' default (README)


def test_every_home_page_leads_to_open_opportunities_with_payment_and_access(live_site, new_page):
    page = new_page(width=320, javascript=False)
    for lang in LANGUAGES:
        page.goto(f"{live_site}/{lang}/")
        page.locator(".take-part-home a.button").click()
        assert urlparse(page.url).path == f"/{lang}/take-part/", lang
        assert page.get_attribute("html", "lang") == lang
        cards = page.locator(".card-list__item:has(.facts)")
        assert cards.count() >= 2, lang
        text = page.locator("main").inner_text()
        assert "Consultation on booking appointments by phone" not in text  # the past one
        assert page.locator(".facts dd").filter(has_text="£").count() >= 2, lang
    assert page.context.cookies() == []


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_reader_downloads_a_calendar_file(live_site, new_page, lang):
    page = new_page(width=320)
    page.goto(f"{live_site}/{lang}/take-part/")
    page.locator(".card-list__title a").first.click()
    assert page.locator("main .facts").inner_text()
    with page.expect_download() as info:
        page.locator("main a[download]").click()
    body = open(info.value.path(), encoding="utf-8", newline="").read()
    assert body.startswith("BEGIN:VCALENDAR\r\n") and "BEGIN:VEVENT\r\n" in body and "\r\nUID:" in body
    assert info.value.suggested_filename.endswith(".ics")
    assert page.context.cookies() == []


def test_a_past_opportunity_says_it_has_closed(live_site, new_page):
    page = new_page(width=320)
    page.goto(f"{live_site}/en/take-part/consultation-on-phone-appointments/")
    assert "This has closed." in page.locator("main").inner_text()
    assert page.locator("a[download]").count() == 0


def test_message_without_javascript_reaches_the_report_and_tagging_raises_the_count(live_site, new_page):
    post_url = f"{live_site}/en/news/you-said-reception-asked-for-id/"
    reader = new_page(width=320, javascript=False)
    reader.goto(post_url)
    before = int(re.search(r"(\d+) people told us", reader.locator("main").inner_text()).group(1))

    reader.goto(f"{live_site}/ar/take-part/tell-us/")
    assert reader.get_attribute("html", "dir") == "rtl"
    words = "طلب موظف الاستقبال فاتورة باسمي ولا أملك واحدة."
    reader.locator("textarea[name=text]").fill(words)
    reader.locator("main form button[type=submit]").click()
    assert urlparse(reader.url).path == "/ar/take-part/tell-us/thanks/"
    assert reader.context.cookies() == []

    editor = new_page(width=1280)
    editor.goto(f"{live_site}/admin/login/")
    editor.fill("input[name=username]", "editor")
    editor.fill("input[name=password]", PASSWORD)
    editor.locator("form button[type=submit]").click()
    editor.goto(f"{live_site}/admin/submissions/")
    row = editor.locator("tr", has_text=words)
    assert row.count() == 1
    row.locator("a").first.click()
    editor.get_by_label("Being asked for ID or an address").check()
    editor.get_by_role("button", name="Save").click()
    editor.wait_for_url(re.compile(r"/admin/submissions/(\?.*)?$"))

    later = new_page(width=320, javascript=False)  # a new visitor: nothing in the browser's own cache
    later.goto(post_url)
    text = later.locator("main").inner_text()
    assert f"{before + 1} people told us" in text
    assert words not in text


CASES = [
    (path, lang, width)
    for path in ("", "paid-panel-place/", "tell-us/", "tell-us/thanks/")
    for lang in ("en", "ar")
    for width in (320, 1280)
]


@pytest.mark.parametrize("path,lang,width", CASES, ids=[f"{p or 'index'}-{lang}-{w}" for p, lang, w in CASES])
def test_take_part_pages_are_accessible(live_site, new_page, path, lang, width):
    from axe_playwright_python.sync_playwright import Axe

    page = new_page(width=width)
    response = page.goto(f"{live_site}/{lang}/take-part/{path}")
    assert response.status == 200
    assert page.get_attribute("html", "dir") == ("rtl" if lang == "ar" else "ltr")
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    assert results.violations_count == 0, results.generate_report()
    assert page.evaluate("document.documentElement.scrollWidth") <= width, "page scrolls sideways"
    assert page.context.cookies() == []
