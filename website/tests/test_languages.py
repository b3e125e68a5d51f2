"""Twelve languages, each with its prefix, its home page and the right direction."""

import re

import pytest
from django.conf import settings
from django.utils.translation import get_language_info
from wagtail.models import Locale

RTL = {"ar", "fa", "ckb", "ur"}


def html_tag(response):
    return re.search(r"<html[^>]*>", response.content.decode()).group(0)


def test_somali_and_tigrinya_are_known_to_django():
    assert get_language_info("so")["name_local"] == "Soomaali"
    assert get_language_info("ti")["name_local"] == "ትግርኛ"
    assert get_language_info("so")["bidi"] is False


@pytest.mark.django_db
def test_every_language_has_a_locale_and_a_live_home_page(home_pages):
    codes = [code for code, _name in settings.LANGUAGES]
    assert len(codes) == 12
    assert set(Locale.objects.values_list("language_code", flat=True)) == set(codes)
    assert set(home_pages) == set(codes)
    assert all(page.live for page in home_pages.values())
    assert len({page.translation_key for page in home_pages.values()}) == 1


@pytest.mark.django_db
@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES])
def test_home_page_renders_with_lang_and_dir(client, home_pages, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    tag = html_tag(response)
    assert f'lang="{code}"' in tag
    assert f'dir="{"rtl" if code in RTL else "ltr"}"' in tag


@pytest.mark.django_db
@pytest.mark.parametrize("code,name", [("so", "Soomaali"), ("ti", "ትግርኛ"), ("ar", "العربيّة")])
def test_language_switcher_names_each_language_in_itself(client, home_pages, code, name):
    content = client.get(f"/{code}/").content.decode()
    assert name in content
    assert 'hreflang="so"' in content and 'hreflang="ti"' in content


@pytest.mark.django_db
def test_bare_root_sends_visitors_to_their_browser_language(client, home_pages):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="ar,en;q=0.5")["Location"] == "/ar/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="so")["Location"] == "/so/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de,fr;q=0.8")["Location"] == "/en/"
    assert client.get("/")["Location"] == "/en/"


@pytest.mark.django_db
def test_admin_is_not_language_prefixed(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.mark.django_db
def test_unknown_page_gets_the_sites_404_in_the_visitors_language(client, home_pages):
    response = client.get("/so/no-such-page/")
    assert response.status_code == 404
    assert 'lang="so"' in html_tag(response)
    assert "Traceback" not in response.content.decode()


@pytest.mark.django_db
def test_unknown_language_prefix_ends_at_the_sites_404(client, home_pages):
    response = client.get("/xx/", follow=True)
    assert response.status_code == 404
    assert 'lang="en"' in html_tag(response)
    assert b'id="main-content"' in response.content


@pytest.mark.django_db
def test_no_debug_page_for_a_wrong_address_even_with_debug_on(client, home_pages, settings):
    settings.DEBUG = True
    for path in ["/en/no-such-page/", "/xx/"]:
        response = client.get(path, follow=True)
        assert response.status_code == 404
        assert b"technical_404" not in response.content and b"Using the URLconf" not in response.content
        assert b'id="main-content"' in response.content
