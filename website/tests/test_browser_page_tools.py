"""Guide tools in a real browser: "Save this guide for offline reading" (opt-in service worker) and
"Listen to this page" (the browser's own speech, shown only when it has a voice for the language)."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

GUIDE = "/en/guides/register-with-a-gp/"
CRISIS = "/{lang}/guides/mental-health-crisis/"

# A stand-in for the browser's speech engine, so the test does not depend on the voices installed.
FAKE_SPEECH = """
(() => {
  window.__spoken = [];
  window.__cancelled = 0;
  const synth = new EventTarget();
  synth.getVoices = () => VOICES.map((lang) => ({ lang, name: "Test " + lang }));
  synth.speak = (u) => window.__spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.lang });
  synth.cancel = () => { window.__cancelled += 1; };
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  window.SpeechSynthesisUtterance = class extends EventTarget {
    constructor(text) { super(); this.text = text; }
  };
})();
"""


def worker_count(page):
    return page.evaluate("navigator.serviceWorker.getRegistrations().then((r) => r.length)")


def test_nothing_is_registered_until_the_visitor_asks(live_site, new_page):
    page = new_page()
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(live_site + GUIDE)
    page.wait_for_load_state("networkidle")
    assert worker_count(page) == 0
    assert page.evaluate("caches.keys()") == []
    assert not [url for url in requests if url.endswith("sw.js")]
    assert len(requests) <= 5, requests


def test_saved_guide_opens_offline_and_can_be_removed(live_site, new_page):
    page = new_page()
    page.goto(live_site + GUIDE)
    save = page.get_by_role("button", name="Save this guide for offline reading")
    assert save.is_visible()
    save.click()
    status = page.locator("[data-save-status]")
    expect(status).to_contain_text("without the internet")  # no wait_for_function: the CSP forbids eval
    assert worker_count(page) == 1, "website/urls.py must include website.offline at the root"
    saved = page.evaluate(
        "caches.open('saved-guides-v1').then((c) => c.keys()).then((k) => k.map((r) => r.url))"
    )
    assert live_site + GUIDE in saved
    assert any(url.endswith(".css") for url in saved) and any(url.endswith(".js") for url in saved)
    remove = page.get_by_role("button", name="Remove the saved copy")
    assert remove.is_visible() and not save.is_visible()

    page.context.set_offline(True)
    page.reload()
    assert page.locator("main h1").inner_text() == "Register with a GP"
    assert page.evaluate("getComputedStyle(document.body).fontFamily")  # the saved CSS came too
    assert page.locator(".quick-exit-bar").evaluate("el => getComputedStyle(el).position") in (
        "fixed",
        "sticky",
    )
    page.context.set_offline(False)

    page.get_by_role("button", name="Remove the saved copy").click()
    expect(page.locator("[data-save-status]")).to_contain_text("gone")
    assert page.evaluate("caches.has('saved-guides-v1')") is False
    assert worker_count(page) == 0
    assert page.get_by_role("button", name="Save this guide for offline reading").is_visible()


def test_without_javascript_no_tools_show(live_site, new_page):
    page = new_page(javascript=False)
    page.goto(live_site + GUIDE)
    assert not page.locator("[data-page-tools]").is_visible()
    assert page.get_by_role("button", name="Listen to this page").count() == 0


@pytest.mark.parametrize("lang,voice", [("en", "en-GB"), ("ar", "ar-SA")])
def test_listen_reads_the_guide_in_its_language_but_not_hidden_content(live_site, new_page, lang, voice):
    page = new_page()
    page.add_init_script(f"const VOICES = ['{voice}', 'fr-FR'];" + FAKE_SPEECH)
    page.goto(live_site + CRISIS.format(lang=lang))
    listen = page.locator("[data-listen-start]")
    assert listen.is_visible()
    listen.focus()
    page.keyboard.press("Enter")
    spoken = page.evaluate("window.__spoken")
    assert spoken and {s["lang"] for s in spoken} == {voice} and {s["voice"] for s in spoken} == {voice}
    text = " ".join(s["text"] for s in spoken)
    assert "This part talks about thoughts of self-harm and suicide." in text  # the content note's warning
    assert "These thoughts can be very frightening" not in text  # ... but not what it hides
    assert "Is this page useful?" not in text
    stop = page.locator("[data-listen-stop]")
    assert stop.is_visible()
    assert page.evaluate("document.activeElement.hasAttribute('data-listen-stop')")
    page.keyboard.press("Enter")
    assert page.evaluate("window.__cancelled") >= 2
    assert listen.is_visible() and not stop.is_visible()


def test_listen_is_hidden_without_a_voice_for_the_language(live_site, new_page):
    page = new_page()
    page.add_init_script("const VOICES = ['en-GB'];" + FAKE_SPEECH)
    page.goto(live_site + CRISIS.format(lang="ar"))
    page.wait_for_load_state("networkidle")
    assert not page.locator("[data-listen]").is_visible()
    assert page.locator("[data-save]").is_visible()  # the other tool still shows
