"""Quick exit in a real browser: the button and Shift pressed 3 times leave the site at once, Back does not
bring the page back, and without JavaScript the button is an ordinary link to the neutral site."""

import pytest

pytestmark = pytest.mark.browser

EXIT_URL = "https://www.bbc.co.uk/weather"
GUIDE = "/en/guides/register-with-a-gp/"


def neutral_site(page):
    """The test machine has no network: answer the neutral site ourselves, so navigation 'arrives'."""
    page.route(
        "https://www.bbc.co.uk/**",
        lambda route: route.fulfill(body="<html><title>Weather</title></html>", content_type="text/html"),
    )


def assert_left_for_good(page, live_site):
    page.wait_for_url(EXIT_URL)
    assert page.title() == "Weather"
    page.go_back()
    page.wait_for_timeout(300)
    assert not page.url.startswith(live_site), f"Back returned to {page.url}"
    assert page.url in ("about:blank", EXIT_URL)


@pytest.mark.parametrize("width", [320, 1280])
def test_button_leaves_and_back_does_not_return(live_site, new_page, width):
    page = new_page(width=width, has_touch=width == 320)
    neutral_site(page)
    page.goto(live_site + GUIDE)
    exit_link = page.locator("a.quick-exit")
    assert exit_link.get_attribute("href") == EXIT_URL
    if width == 320:
        exit_link.tap()
    else:
        exit_link.click()
    assert_left_for_good(page, live_site)


def test_page_is_hidden_the_moment_exit_is_pressed(live_site, new_page):
    page = new_page()
    # The neutral site answers "204 No Content", so the browser stays put and we can look at our page.
    page.route("https://www.bbc.co.uk/**", lambda route: route.fulfill(status=204))
    page.goto(live_site + GUIDE)
    page.evaluate("document.querySelector('a.quick-exit').click()")
    assert page.evaluate("document.body.hidden") is True
    assert page.evaluate("document.title") == ""


def test_shift_three_times_leaves(live_site, new_page):
    page = new_page()
    neutral_site(page)
    page.goto(live_site + GUIDE)
    status = page.locator("[data-quick-exit-status]")
    assert status.get_attribute("aria-live") == "polite"
    page.keyboard.press("Shift")
    assert "once" in status.text_content()
    page.keyboard.press("Shift")
    assert "twice" in status.text_content()
    page.keyboard.press("Shift")
    assert_left_for_good(page, live_site)


def test_shift_count_resets_after_a_pause_or_another_key(live_site, new_page):
    page = new_page()
    neutral_site(page)
    page.goto(live_site + GUIDE)
    status = page.locator("[data-quick-exit-status]")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.keyboard.press("a")
    assert status.text_content() == ""
    page.keyboard.press("Shift")
    page.wait_for_timeout(1300)
    assert "cancelled" in status.text_content()
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.wait_for_timeout(300)
    assert page.url.startswith(live_site), "two presses after a pause must not exit"
    # Typing capital letters in the search box never adds up to an exit, even after two presses.
    page.keyboard.press("Escape")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.focus("#header-search-q")
    for key in ("Shift+N", "Shift+H", "Shift+S"):
        page.keyboard.press(key)
    page.wait_for_timeout(300)
    assert page.url.startswith(live_site)
    assert page.input_value("#header-search-q") == "NHS"


def test_without_javascript_it_is_an_ordinary_link(live_site, new_page):
    page = new_page(width=320, javascript=False)
    neutral_site(page)
    page.goto(live_site + GUIDE)
    exit_link = page.locator("a.quick-exit")
    assert exit_link.is_visible()
    assert exit_link.get_attribute("href") == EXIT_URL
    assert exit_link.get_attribute("rel") == "noreferrer"
    exit_link.click()
    page.wait_for_url(EXIT_URL)
    assert page.title() == "Weather"


def test_exit_stays_on_screen_while_scrolling(live_site, new_page):
    for width in (320, 1280):
        page = new_page(width=width)
        page.goto(live_site + GUIDE)
        page.mouse.wheel(0, 3000)
        page.wait_for_timeout(200)
        box = page.locator("a.quick-exit").bounding_box()
        assert box and 0 <= box["y"] and box["y"] + box["height"] <= 800, box
