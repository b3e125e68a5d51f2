"""Anonymous pages come from the page cache; publishing empties it; signed-in people never share it."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client, override_settings
from wagtail.models import PageViewRestriction

from home.factories import StandardPageFactory
from website.cache import page_cache
from website.factories import UserFactory

CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "default"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}


@pytest.fixture(autouse=True)
def real_page_cache():
    with override_settings(CACHES=CACHES):
        page_cache().clear()
        yield
        page_cache().clear()


@pytest.mark.django_db
def test_second_anonymous_request_is_a_cache_hit_with_no_queries(
    client, home_page, django_assert_num_queries
):
    page = StandardPageFactory(parent=home_page, title="About us", slug="about")
    first = client.get(page.url)
    assert first["X-Page-Cache"] == "miss"
    assert "public" in first["Cache-Control"]
    with django_assert_num_queries(0):
        second = client.get(page.url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "unsafe-inline" not in second["Content-Security-Policy"]


@pytest.mark.django_db
def test_publishing_empties_the_cache(client, home_page):
    page = StandardPageFactory(parent=home_page, title="About us", slug="about")
    client.get(page.url)
    page.title = "About our group"
    page.save_revision().publish()
    response = client.get(page.url)
    assert response["X-Page-Cache"] == "miss"
    assert "About our group" in response.content.decode()


@pytest.mark.django_db
def test_signed_in_people_are_never_served_from_or_stored_in_the_cache(client, home_page):
    page = StandardPageFactory(parent=home_page, title="About us", slug="about")
    client.force_login(UserFactory(groups=["GP trainees"]))
    response = client.get(page.url)
    assert "X-Page-Cache" not in response
    client.logout()
    client.cookies.clear()
    assert client.get(page.url)["X-Page-Cache"] == "miss"


@pytest.mark.django_db
def test_search_errors_and_the_admin_are_not_cached(client, home_page):
    assert "X-Page-Cache" not in client.get("/en/search/?q=gp")
    assert "X-Page-Cache" not in client.get("/en/no-such-page/")
    assert "X-Page-Cache" not in client.get("/admin/login/")


@pytest.mark.django_db
def test_answers_to_signed_in_people_are_private_and_vary_on_cookie(client, home_page):
    page = StandardPageFactory(parent=home_page, title="About us", slug="about")
    client.force_login(UserFactory(groups=["GP trainees"]))
    for path in (page.url, "/en/", "/en/search/?q=gp", "/en/account/sign-in/", "/en/no-such-page/"):
        response = client.get(path)
        cache_control = response["Cache-Control"]
        assert "private" in cache_control and "no-cache" in cache_control, path
        assert "public" not in cache_control, path
        assert "Cookie" in response["Vary"], path


@pytest.mark.django_db
def test_anonymous_page_views_set_no_cookies_and_stay_cacheable(client, home_page):
    """The footer's sign-in link and the header's signed-in bar must not cost anonymous visitors their
    cookie-free, shared, cacheable pages."""
    page = StandardPageFactory(parent=home_page, title="About us", slug="about")
    for path in (page.url, "/en/", "/ar/"):
        response = client.get(path)
        assert not response.cookies, f"{path} set {list(response.cookies)}"
        assert "Cookie" not in response.get("Vary", ""), path
        assert response["X-Page-Cache"] == "miss"
        assert "csrfmiddlewaretoken" not in response.content.decode()
        assert client.get(path)["X-Page-Cache"] == "hit"


@pytest.mark.django_db
def test_account_pages_are_never_stored(client, home_page):
    for path in ("/en/account/sign-in/", "/en/account/password-reset/", "/en/account/signed-out/"):
        response = client.get(path)
        assert "X-Page-Cache" not in response, path
        assert "no-cache" in response["Cache-Control"], path
        client.cookies.clear()


@pytest.mark.django_db
def test_cached_pages_are_stored_compressed_and_only_sent_compressed_to_who_accepts_it(client, home_page):
    page = StandardPageFactory(parent=home_page, title="About us", slug="about", summary="x " * 200)
    gzipped = client.get(page.url, headers={"Accept-Encoding": "gzip"})
    assert gzipped["Content-Encoding"] == "gzip"
    again = client.get(page.url, headers={"Accept-Encoding": "gzip, br"})
    assert again["X-Page-Cache"] == "hit" and again["Content-Encoding"] == "gzip"
    plain = client.get(page.url)
    assert not plain.has_header("Content-Encoding")
    assert b"About us" in plain.content
    assert "Accept-Encoding" in plain["Vary"] or "Accept-Encoding" in gzipped["Vary"]


@pytest.mark.django_db
def test_making_a_cached_page_private_takes_effect_on_the_very_next_request(client, home_page):
    page = StandardPageFactory(parent=home_page, title="About us", slug="about")
    client.get(page.url)
    assert client.get(page.url)["X-Page-Cache"] == "hit"
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    response = client.get(page.url)
    assert response.status_code == 302
    assert "sign-in" in response["Location"]

    restriction.groups.set([Group.objects.get(name="GP trainees")])
    assert client.get(page.url).status_code == 302
    restriction.delete()
    opened = client.get(page.url)
    assert opened.status_code == 200
    assert opened["X-Page-Cache"] == "miss"


@pytest.mark.django_db
def test_making_a_page_private_in_the_admin_empties_its_cached_copy(client, home_page):
    page = StandardPageFactory(parent=home_page, title="About us", slug="about")
    visitor = Client()
    visitor.get(page.url)
    assert visitor.get(page.url)["X-Page-Cache"] == "hit"
    client.force_login(UserFactory(username="root", is_superuser=True, is_staff=True))
    response = client.post(f"/admin/pages/{page.pk}/privacy/", {"restriction_type": "login"})
    assert response.status_code == 200
    assert PageViewRestriction.objects.filter(page=page).exists()
    private = visitor.get(page.url)
    assert private.status_code == 302
    assert "sign-in" in private["Location"]
