"""Admin previews may be framed by the admin itself (Wagtail's preview and Checks panels); public pages
never may be framed."""

import pytest

from resources.factories import GuideIndexPageFactory, GuidePageFactory


@pytest.fixture
def guide(home_page):
    index = GuideIndexPageFactory(parent=home_page, slug="guides")
    return GuidePageFactory(parent=index, slug="register", title="Register with a GP")


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "ar"])
def test_preview_may_be_framed_by_the_admin_only(admin_client, client, guide, make_translation, language):
    page = guide if language == "en" else make_translation(guide, "ar")
    response = page.make_preview_request(original_request=None)
    # What Wagtail's preview view sends: the public policy, framed by the admin only.
    csp = response["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in csp and "frame-ancestors 'none'" not in csp
    assert "script-src 'self';" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    html = response.content.decode()
    assert 'id="plain-language-report"' in html
    # The public page keeps `frame-ancestors 'none'` and has no userbar or report.
    public = client.get(page.url)
    assert "frame-ancestors 'none'" in public["Content-Security-Policy"]
    assert public["X-Frame-Options"] == "DENY"
    assert "plain-language-report" not in public.content.decode()
    assert "wagtail-userbar" not in public.content.decode()
