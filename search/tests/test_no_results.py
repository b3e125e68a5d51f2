"""A search that finds nothing leads on: this language's guides and the emergency numbers, never a loop."""

import pytest


@pytest.fixture
def arabic_guides(make_guide, make_translation):
    register = make_guide("Register with a GP", "How to register.")
    make_guide("See a dentist", "How to find a dentist.")  # not translated: offered in English
    arabic = make_translation(register, "ar")
    arabic.title = "التسجيل لدى طبيب عام"
    arabic.save_revision().publish()
    return arabic


@pytest.mark.django_db
def test_no_results_in_arabic_offers_guides_and_emergency_numbers(client, arabic_guides):
    response = client.get("/ar/search/", {"q": "زرافة"})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'dir="rtl"' in html
    assert "التسجيل لدى طبيب عام" in html  # the Arabic guide
    assert 'lang="en"' in html and "See a dentist" in html  # the English one, marked as English
    assert "tel:999" in html and "tel:111" in html and "116 123" in html
    assert response.context["guides_url"].startswith("/ar/guides/")
    assert "home page" not in html.lower()


@pytest.mark.django_db
def test_no_results_without_a_guide_index_in_that_language_links_the_english_one(client, make_guide):
    make_guide("Register with a GP", "How to register.")
    response = client.get("/ti/search/", {"q": "ሓኪም"})
    assert response.status_code == 200
    assert response.context["guides_url"] == "/en/guides/?untranslated=ti"
    assert "Register with a GP" in response.content.decode()


@pytest.mark.django_db
def test_the_spelling_suggestion_still_shows(client, make_guide):
    make_guide("See a dentist", "How to find an NHS dentist.")
    response = client.get("/en/search/", {"q": "dentsit"})
    assert response.context["corrected"]
    assert "dentist" in response.context["suggestion"]
    assert "Showing results for" in response.content.decode()
