"""Honest fallbacks: an untranslated page is the English page at its English address, and says so; a
translation whose English page has changed says it may be out of date; editors see every language's status."""

import re

import pytest
from wagtail.models import Locale

from resources.factories import GuideIndexPageFactory, GuidePageFactory


@pytest.fixture
def guide(home_page):
    index = GuideIndexPageFactory(parent=home_page, slug="guides")
    return GuidePageFactory(parent=index, title="Register with a GP", slug="register-with-a-gp")


@pytest.mark.django_db
def test_untranslated_page_is_the_english_page_at_its_english_address(client, guide):
    response = client.get("/pl/guides/register-with-a-gp/")
    assert response.status_code == 302
    assert response["Location"] == "/en/guides/register-with-a-gp/?untranslated=pl"
    page = client.get(response["Location"])
    html = page.content.decode()
    assert page.status_code == 200
    assert re.search(r'<div class="notice notice--language"\s+lang="pl"', html)
    assert 'hreflang="pl"' not in html  # the switcher doesn't offer Polish


@pytest.mark.django_db
def test_a_page_missing_in_every_language_is_still_a_404(client, guide):
    assert client.get("/pl/guides/no-such-guide/").status_code == 404


@pytest.mark.django_db
def test_the_untranslated_notice_is_only_for_site_languages(client, guide):
    html = client.get("/en/guides/register-with-a-gp/?untranslated=<script>").content.decode()
    assert "notice--language" not in html


@pytest.mark.django_db
def test_out_of_date_translation_says_so_until_it_is_updated(client, guide, make_translation):
    arabic = make_translation(guide, "ar")
    assert "notice--stale" not in client.get(arabic.url).content.decode()
    guide.title = "Register with a GP practice"
    guide.save_revision().publish()
    html = client.get(arabic.url).content.decode()
    assert "notice--stale" in html
    assert 'href="/en/guides/register-with-a-gp/"' in html
    arabic.save_revision().publish()  # the translation is updated and approved
    assert "notice--stale" not in client.get(arabic.url).content.decode()


@pytest.mark.django_db
def test_editors_see_each_languages_status(admin_client, guide, make_translation):
    arabic = make_translation(guide, "ar")
    make_translation(guide, "so")
    guide.save_revision().publish()
    arabic.save_revision().publish()
    response = admin_client.get(f"/admin/reports/translation-status/?page={guide.pk}")
    html = response.content.decode()
    assert response.status_code == 200
    assert "translation-status--up-to-date" in html  # Arabic
    assert "translation-status--out-of-date" in html  # Somali
    assert "translation-status--missing" in html  # the other nine
    assert html.count("translation-status--missing") == 9


@pytest.mark.django_db
def test_status_from_a_translation_shows_its_english_page(admin_client, guide, make_translation):
    arabic = make_translation(guide, "ar")
    html = admin_client.get(f"/admin/reports/translation-status/?page={arabic.pk}").content.decode()
    assert "Register with a GP" in html
    assert "translation-status--up-to-date" in html  # Arabic, in the English page's row
    assert html.count("translation-status--missing") == 10  # the other ten


@pytest.mark.django_db
def test_the_listing_button_costs_no_queries(admin_user, guide, make_translation, django_assert_num_queries):
    from website.wagtail_hooks import translation_status_listing_button

    arabic = make_translation(guide, "ar")
    for page in (guide, arabic):
        with django_assert_num_queries(0):
            (button,) = translation_status_listing_button(page, admin_user)
        assert button.url.endswith(f"?page={page.pk}")


@pytest.mark.django_db
def test_reception_card_shows_the_visitors_language_beside_english(client, guide, make_translation):
    arabic = make_translation(guide, "ar")
    body = list(arabic.body)
    for i, block in enumerate(body):
        if block.block_type == "rights":
            arabic.body[i].value["rights"] = ["لا تحتاج إلى إثبات عنوان."]
    arabic.save_revision().publish()
    html = client.get(f"/ar/card/{arabic.pk}/").content.decode()
    assert "لا تحتاج إلى إثبات عنوان." in html
    assert "You do not need proof of address." in html
    assert 'lang="en"' in html


@pytest.mark.django_db
def test_language_id_card_in_somali_and_english_with_the_pin(client, site, home_page):
    from website.models import SiteSettings

    settings_obj = SiteSettings.for_site(site)
    settings_obj.interpreting_pin = "4821"
    settings_obj.save()
    html = client.get("/so/language-card/").content.decode()
    assert "I speak Somali." in html
    assert "Soomaali" in html
    assert "4821" in html
    english = client.get("/en/language-card/").content.decode()
    assert "ትግርኛ" in english  # reception staff can find every language's card


@pytest.mark.django_db
def test_every_locale_exists_for_translations(db):
    assert Locale.objects.count() == 12
