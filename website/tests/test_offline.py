"""Saving a guide for offline reading is opt-in: /sw.js exists, but nothing loads it until asked."""

import re

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from conftest import translate
from resources.models import GuidePage
from website.cache import page_cache
from website.factories import locale

WIRING = "website/urls.py must include website.offline at the root"


@pytest.mark.django_db
def test_service_worker_is_served_from_the_root(client):
    response = client.get("/sw.js")
    assert response.status_code == 200, WIRING
    assert response["Content-Type"].startswith("application/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert "no-cache" in response["Cache-Control"]
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert not response.cookies
    body = response.content.decode()
    assert 'addEventListener("fetch"' in body
    assert "saved-guides-v1" in body


@pytest.mark.django_db
def test_service_worker_is_not_kept_in_the_page_cache(client):
    caches = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "default"},
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "offline-pages"},
    }
    with override_settings(CACHES=caches):
        page_cache().clear()
        client.get("/sw.js")
        assert "X-Page-Cache" not in client.get("/sw.js")


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "ar"])
def test_guide_tools_are_hidden_until_javascript_shows_them(client, code):
    call_command("load_demo_content", verbosity=0)
    guide = GuidePage.objects.get(slug="register-with-a-gp", locale__language_code="en")
    if code != "en":
        guide = guide.get_translation_or_none(locale(code)) or translate(guide, code)
    html = client.get(guide.url).content.decode()
    tools = re.search(r'<div class="page-tools" data-page-tools hidden>(.*?)\n</div>', html, re.S)
    assert tools, "the tools start hidden"
    with translation.override(code):
        assert escape(gettext("Listen to this page")) in tools.group(1)
        assert escape(gettext("Save this guide for offline reading")) in tools.group(1)
    # Nothing registers or fetches the worker on first load: only a button that names it.
    assert 'data-worker="/sw.js"' in html
    assert not re.search(r"<(script|link)[^>]+sw\.js", html)
    assert "manifest" not in html
    assert html.count("data-listen-text") == 3
