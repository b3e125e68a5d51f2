"""Anonymous visitors get no cookies, a strict Content-Security-Policy and privacy headers."""

import pytest

PAGES = ["/en/", "/ar/", "/en/search/?q=gp", "/so/no-such-page/"]


@pytest.mark.django_db
@pytest.mark.parametrize("path", PAGES)
def test_anonymous_pages_set_no_cookies(client, home_pages, path):
    response = client.get(path)
    assert response.status_code in (200, 404)
    assert not response.cookies, f"{path} set {list(response.cookies)}"


@pytest.mark.django_db
@pytest.mark.parametrize("path", PAGES)
def test_public_pages_have_a_strict_csp(client, home_pages, path):
    csp = client.get(path)["Content-Security-Policy"]
    assert "unsafe-inline" not in csp
    assert "unsafe-eval" not in csp
    assert "default-src 'self'" in csp
    assert "script-src 'self'" in csp
    assert "style-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp


@pytest.mark.django_db
def test_privacy_headers(client, home_pages):
    response = client.get("/en/")
    assert response["Referrer-Policy"] == "no-referrer"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "geolocation=()" in response["Permissions-Policy"]
    assert "camera=()" in response["Permissions-Policy"]


@pytest.mark.django_db
def test_pages_have_no_inline_scripts_or_styles(client, home_pages):
    import re

    html = client.get("/en/").content.decode()
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), "inline <script> found"
    assert "<style" not in html
    assert not re.search(r"\sstyle=", html)
    assert not re.search(r"\son[a-z]+=", html), "inline event handler found"
