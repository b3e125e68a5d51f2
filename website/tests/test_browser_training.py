"""Training in a real browser: the trainee-only module behind the site's sign-in page, the reflection record
built and printed in the page with nothing sent, the checklist ticked and printed, and a video that loads
only when asked."""

import os
from pathlib import Path
from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
PASSWORD = os.environ.get("DEMO_PASSWORD") or "co-produce-2026"
ANSWER = "Three people in my last surgery had no fixed address.\nI will ask reception how they register them."


def paths():
    """The demo's training pages (demo/content/training/): its trainee-only module, a public one with
    reflective questions, the module the browser tests give a video, and the checklist."""
    return {
        "private": "/{lang}/training/trauma-informed-primary-care/reflective-case-review/",
        "public": "/{lang}/training/trauma-informed-primary-care/why-access-is-unequal/",
        "video": "/{lang}/training/co-production-toolkit/setting-up-with-a-charity/",
        "checklist": "/{lang}/training/co-production-toolkit/practice-checklist/",
    }


def url(live_site, kind, lang="en"):
    return live_site + paths()[kind].format(lang=lang)


def assert_accessible(page, width):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    assert results.violations_count == 0, results.generate_report()
    assert page.evaluate("document.documentElement.scrollWidth") <= width, "page scrolls sideways"


def sign_in(page, live_site, lang="en"):
    page.goto(f"{live_site}/{lang}/account/sign-in/")
    page.locator("input[name=username]").fill("trainee")
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_trainee_only_module_sends_visitors_to_the_sign_in_page(live_site, new_page, lang):
    page = new_page(width=320)
    page.goto(url(live_site, "private", lang))
    assert urlparse(page.url).path == f"/{lang}/account/sign-in/"
    assert page.get_attribute("html", "lang") == lang
    assert page.get_attribute("html", "dir") == ("rtl" if lang == "ar" else "ltr")
    assert_accessible(page, 320)


@pytest.mark.parametrize("lang,width", [("en", 320), ("ar", 320), ("en", 1280), ("ar", 1280)])
def test_trainee_signs_in_and_reads_the_private_module(live_site, new_page, lang, width):
    page = new_page(width=width)
    sign_in(page, live_site, lang)
    response = page.goto(url(live_site, "private", lang))
    assert response.status == 200
    assert "private" in response.headers["cache-control"] or "no-cache" in response.headers["cache-control"]
    assert page.get_attribute("html", "dir") == ("rtl" if lang == "ar" else "ltr")
    assert_accessible(page, width)
    handout = page.locator(".handout__link").first
    handout_response = page.request.get(live_site + handout.get_attribute("href"))
    assert handout_response.status == 200
    admin = page.goto(f"{live_site}/admin/")
    assert admin.status == 403


def test_private_handout_address_does_not_work_after_signing_out(live_site, new_page):
    page = new_page()
    sign_in(page, live_site)
    page.goto(url(live_site, "private"))
    href = page.locator(".handout__link").first.get_attribute("href")
    anonymous = new_page()
    response = anonymous.request.get(live_site + href, max_redirects=0)
    assert response.status in (302, 403)
    assert "sign-in" in response.headers.get("location", "sign-in")


def test_reflection_record_is_built_in_the_page_and_nothing_is_sent(live_site, new_page, tmp_path):
    page = new_page(width=320, accept_downloads=True)
    page.goto(url(live_site, "public"))
    sent = []
    page.on("request", lambda r: r.method != "GET" and sent.append(r.url))
    page.locator("[data-reflection-form] textarea").first.fill(ANSWER)
    page.get_by_role("button", name="Make my reflection record").click()
    record = page.locator("[data-reflection-output] [data-reflection-record]")
    assert record.is_visible()
    assert "Three people in my last surgery" in record.inner_text()
    assert page.evaluate("document.activeElement.id") == "reflection-record-title"
    assert_accessible(page, 320)
    page.emulate_media(media="print")
    assert record.is_visible()
    assert not page.locator("[data-reflection-form]").is_visible()
    page.emulate_media(media="screen")
    with page.expect_download() as info:
        record.get_by_role("button", name="Download as a text file").click()
    text = Path(info.value.path()).read_text(encoding="utf-8-sig")
    assert text.startswith("Reflection record\n")
    assert "Three people in my last surgery had no fixed address.\nI will ask reception" in text
    assert "Module: " in text and "Learning outcomes" in text
    assert sent == []


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_reflection_without_javascript_comes_back_printable(live_site, new_page, lang):
    # Axe needs JavaScript in the page, so the site's own script is kept out instead of all JavaScript.
    page = new_page(width=320)
    page.route("**/training*.js", lambda route: route.abort())
    page.goto(url(live_site, "public", lang))
    page.locator("[data-reflection-form] textarea").first.fill(ANSWER)
    page.locator("[data-reflection-form] button[value=record]").click()
    page.wait_for_load_state()
    assert "Three people in my last surgery" in page.locator(".reflection-record").inner_text()
    assert page.context.cookies() == []
    assert_accessible(page, 320)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_checklist_ticks_count_and_print(live_site, new_page, lang):
    page = new_page(width=320)
    page.goto(url(live_site, "checklist", lang))
    boxes = page.locator("[data-checklist] input[type=checkbox]")
    total = boxes.count()
    assert total >= 20
    boxes.nth(0).check()
    boxes.nth(2).check()
    progress = page.locator("[data-checklist-progress]")
    assert "2" in progress.inner_text() and str(total) in progress.inner_text()
    assert_accessible(page, 320)
    page.emulate_media(media="print")
    assert boxes.nth(0).is_visible() and boxes.nth(0).is_checked()
    assert not page.locator(".checklist__actions").is_visible()
    page.emulate_media(media="screen")
    page.locator("[data-checklist] button[type=reset]").click()
    assert not boxes.nth(0).is_checked()


def test_checklist_can_be_ticked_without_javascript(live_site, new_page):
    page = new_page(width=320, javascript=False)
    page.goto(url(live_site, "checklist"))
    box = page.locator("[data-checklist] input[type=checkbox]").first
    page.locator("[data-checklist] label").first.click()
    assert box.is_checked()


def test_video_loads_only_when_the_visitor_presses_play(live_site, new_page):
    page = new_page(width=320)
    other_hosts = []
    page.route(
        "**/*",
        lambda route: (
            route.continue_()
            if urlparse(route.request.url).hostname in ("127.0.0.1", "localhost")
            else (other_hosts.append(route.request.url), route.abort())
        ),
    )
    page.goto(url(live_site, "video"))
    assert page.locator("iframe").count() == 0
    assert other_hosts == []
    assert "Test transcript" in page.locator(".video__transcript").text_content()
    page.get_by_role("button", name="Play the video here").click()
    frame = page.locator("iframe.video__frame")
    assert frame.get_attribute("src").startswith("https://www.youtube-nocookie.com/embed/aaaaaaaaaaa")
    assert frame.get_attribute("title") == "Test video"
