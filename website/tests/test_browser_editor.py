"""The editor in a real browser, as the demo accounts use it: the live preview and Wagtail's Checks panel
work (English guide and Arabic translation), plain-language warnings appear while typing and saving still
works, the panel sees the same warnings on the review screen, a new Numbered steps block shows no error
before it is saved, and "What was wrong?" after "No" reaches the feedback report without JavaScript."""

import os
import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PASSWORD = os.environ.get("DEMO_PASSWORD") or "co-produce-2026"
FORTY_WORDS = (
    "If you are eligible you can ask the practice for help with " + " ".join(["forms"] * 27) + " today."
)


def admin_sign_in(page, live_site, username):
    page.goto(f"{live_site}/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    with page.expect_navigation():
        page.locator("button[type=submit]").click()


def open_editor(page, url):
    """Open an edit form and wait until Wagtail watches it for edits. Wagtail takes the form's starting state
    two seconds after it loads; a change typed before that (a test is that fast, a person is not) would be
    part of the starting state, so neither the preview nor the checks would see it."""
    page.add_init_script(
        "document.addEventListener('w-unsaved:watch-edits',"
        " () => document.documentElement.setAttribute('data-watching-edits', ''));"
    )
    page.goto(url)
    page.locator("html[data-watching-edits]").wait_for(state="attached")


def page_id(page, live_site, path):
    page.goto(live_site + path)
    return page.locator("input[name=page]").first.get_attribute("value")


def open_checks(page):
    page.locator("[data-side-panel-toggle='checks']").click()
    words = page.locator("[data-content-word-count]")
    expect(words).not_to_have_text("-", timeout=20000)
    return words


@pytest.mark.parametrize(
    "path,lang",
    [("/en/guides/register-with-a-gp/", "en"), ("/ar/guides/get-medicine-from-a-pharmacy/", "ar")],
    ids=["english-guide", "arabic-translation"],
)
def test_preview_and_checks_panel_show_real_figures(live_site, new_page, path, lang):
    page = new_page()
    pk = page_id(page, live_site, path)
    admin_sign_in(page, live_site, "editor")
    page.goto(f"{live_site}/admin/pages/{pk}/edit/")
    words = open_checks(page)
    assert int(words.inner_text().replace(",", "")) > 50
    assert re.match(r"\d+ mins?", page.locator("[data-content-reading-time]").inner_text())
    assert page.locator("[data-content-readability-score]").inner_text().strip() not in ("", "-")
    # The live preview panel shows the page itself (in its language), not a broken frame.
    page.locator("[data-side-panel-toggle='preview']").click()
    frame = page.frame_locator("iframe[data-w-preview-target='iframe']")
    assert frame.locator("html").get_attribute("lang") == lang
    assert frame.locator("h1").first.is_visible()
    # Plain-language checks for the page's language are listed at the top of the Checks panel.
    assert page.locator("#plain-language-checks").count() == 1


def test_warnings_while_typing_saving_works_and_panel_sees_them(live_site, new_page):
    page = new_page()
    pk = page_id(page, live_site, "/en/guides/see-a-dentist/")
    admin_sign_in(page, live_site, "editor")
    open_editor(page, f"{live_site}/admin/pages/{pk}/edit/")
    open_checks(page)
    page.locator("#id_summary").fill(FORTY_WORDS)
    checks = page.locator("#plain-language-checks")
    checks.get_by_text("This sentence has 40 words").wait_for()
    assert checks.get_by_text("“eligible”: try “can”.").is_visible()
    # Warnings never block saving.
    page.locator("button[name=action-submit], .footer__container button").first.wait_for()
    page.keyboard.press("Control+s")
    page.get_by_text(re.compile("has been (updated|saved)")).first.wait_for()
    # Send it for approval: the clinician checks it, then the panel's review screen shows the warnings.
    page.locator("[data-w-dropdown-target='toggle']", has=page.locator("svg")).last.click()
    page.locator("button[name=action-submit]").click()
    page.get_by_text(re.compile("submitted", re.I)).first.wait_for()
    for username in ("clinician", "panel1"):
        reviewer = new_page()
        admin_sign_in(reviewer, live_site, username)
        reviewer.goto(f"{live_site}/admin/")
        reviewer.get_by_role("link", name="See a dentist").first.click()
        section = reviewer.locator("#plain-language")
        expect(section.get_by_text("This sentence has 40 words")).to_be_visible()
        expect(section.get_by_text("“eligible”: try “can”.").first).to_be_visible()
        if username == "clinician":
            with reviewer.expect_navigation():
                reviewer.locator("button[name=approve]").click()


def test_a_new_numbered_steps_block_does_not_scold(live_site, new_page):
    page = new_page()
    pk = page_id(page, live_site, "/en/guides/maternity-care/")
    admin_sign_in(page, live_site, "editor")
    page.goto(f"{live_site}/admin/pages/{pk}/edit/")
    body = page.locator("[data-contentpath='body']")
    body.locator("button[title='Insert a block']").last.click()
    page.get_by_role("option", name="Numbered steps").click()
    # Two empty steps to fill in, and no error, while autosave keeps the draft.
    steps = body.locator("[data-contentpath='steps']").last
    expect(steps.locator("input[type=text]")).to_have_count(2)
    page.wait_for_timeout(2000)
    for scolding in ("minimum number of items", "Autosave is paused", "This field is required"):
        expect(page.get_by_text(scolding).filter(visible=True)).to_have_count(0)
    # Left empty and sent on for approval: now the writer is told what to do, beside the step.
    page.locator("[data-w-dropdown-target='toggle']", has=page.locator("svg")).last.click()
    page.locator("button[name=action-submit]").click()
    expect(page.get_by_text("This field is required.").filter(visible=True).first).to_be_visible()


def test_abandoned_add_page_form_reserves_no_slug(live_site, new_page):
    page = new_page()
    guide = page_id(page, live_site, "/en/guides/see-a-dentist/")
    admin_sign_in(page, live_site, "editor")
    page.goto(f"{live_site}/admin/pages/{guide}/edit/")
    parent = page.locator("a[href^='/admin/pages/']", has_text="Guides to using the NHS").first.get_attribute(
        "href"
    )
    url = f"{live_site}/admin/pages/add/resources/guidepage/{parent.strip('/').split('/')[-1]}/"
    open_editor(page, url)
    page.locator("#id_title").fill("A guide nobody finished")
    page.locator("#id_summary").fill("Started and left.")
    page.wait_for_timeout(2500)  # Wagtail's autosave would have created a draft by now
    open_editor(page, url)  # the writer leaves, then starts again with the same title
    page.locator("#id_title").fill("A guide nobody finished")
    page.locator("#id_last_reviewed").fill("2026-11-01")
    page.locator("#id_next_review_due").fill("2027-11-01")
    # Nothing was kept from the first form: the section lists no such page.
    listing = new_page()
    admin_sign_in(listing, live_site, "editor")
    listing.goto(f"{live_site}{parent}")
    expect(listing.get_by_text("A guide nobody finished")).to_have_count(0)
    page.keyboard.press("Escape")  # close the date picker
    page.keyboard.press("Control+s")
    expect(page.get_by_text("Page 'A guide nobody finished' created.")).to_be_visible(timeout=20000)
    expect(page.get_by_text("is already in use")).to_have_count(0)


def test_what_was_wrong_reaches_the_report_without_javascript(live_site, new_page):
    visitor = new_page(javascript=False)
    visitor.goto(f"{live_site}/ar/guides/register-with-a-gp/")
    with visitor.expect_navigation():
        visitor.locator("button[name=useful][value=no]").click()
    assert "/ar/feedback/more/" in visitor.url
    assert visitor.get_attribute("html", "dir") == "rtl"
    visitor.locator("input[name=reason][value=missing]").check()
    visitor.locator("textarea[name=comment]").fill("لم أجد ساعات العمل")
    with visitor.expect_navigation():
        visitor.locator("main button[type=submit]").click()
    assert "feedback=thanks" in visitor.url
    assert not visitor.context.cookies()
    editor = new_page()
    admin_sign_in(editor, live_site, "editor")
    editor.goto(f"{live_site}/admin/reports/page-feedback/")
    row = editor.locator("tr", has_text="لم أجد ساعات العمل")
    assert row.get_by_text("It did not answer my question: 1").is_visible()
    assert row.get_by_text("Arabic").is_visible()
    assert "/admin/pages/" in row.locator("a").first.get_attribute("href")
