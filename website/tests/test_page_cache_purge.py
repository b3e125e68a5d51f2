"""Publishing empties only what changed; the page cache is a good neighbour in a shared cache; stale copies
cover a burst and a database that is down; the front cache is purged too."""

import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.core.cache import caches
from django.db import OperationalError
from django.http import HttpResponse, HttpResponseServerError
from django.test import RequestFactory, override_settings

from home.factories import StandardPageFactory
from resources.factories import GuideIndexPageFactory, GuidePageFactory
from resources.models import Topic
from website.cache import AnonymousPageCacheMiddleware, page_cache

CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "default"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
    "fragments": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "fragments"},
}


@pytest.fixture(autouse=True)
def real_page_cache():
    with override_settings(CACHES=CACHES):
        for name in CACHES:
            caches[name].clear()
        yield
        for name in CACHES:
            caches[name].clear()


def topic(slug):
    return Topic.objects.get(slug=slug, locale__language_code="en")


@pytest.fixture
def guides(home_page):
    index = GuideIndexPageFactory(parent=home_page, slug="guides")
    return {
        "index": index,
        "gp": GuidePageFactory(parent=index, slug="register", title="Register with a GP", topic=topic("gp")),
        "gp2": GuidePageFactory(parent=index, slug="change-gp", title="Change your GP", topic=topic("gp")),
        "other": [
            GuidePageFactory(parent=index, slug=f"dentist-{n}", title=f"See a dentist {n}", topic=None)
            for n in range(3)
        ],
        "about": StandardPageFactory(parent=home_page, slug="about", title="About us"),
    }


def state(client, page_or_url):
    url = page_or_url if isinstance(page_or_url, str) else page_or_url.url
    return client.get(url)["X-Page-Cache"]


@pytest.mark.django_db
def test_publishing_one_guide_leaves_unrelated_guides_cached(client, home_page, guides, make_translation):
    arabic = make_translation(guides["gp"], "ar")
    pages = [
        guides["gp"],
        arabic,
        guides["index"],
        home_page,
        guides["gp2"],
        guides["about"],
        *guides["other"],
    ]
    for page in pages:
        assert state(client, page) == "miss"
        assert state(client, page) == "hit"

    guides["gp"].title = "Register with a doctor (GP)"
    guides["gp"].save_revision().publish()

    # The guide, its Arabic translation, the guide index and the home page that list it, and the guide on the
    # same topic that links to it as "next" are emptied: each renders once, with the new title.
    for page in (guides["gp"], arabic, guides["index"], home_page, guides["gp2"]):
        response = client.get(page.url)
        assert response["X-Page-Cache"] == "miss", page.url
        assert state(client, page) == "hit"
    assert "Register with a doctor (GP)" in client.get(guides["index"].url).content.decode()
    # Guides on other topics and the about page keep their cached copies.
    for page in (*guides["other"], guides["about"]):
        assert state(client, page) == "hit", page.url


@pytest.mark.django_db
def test_a_page_that_links_to_the_guide_is_emptied_too(client, home_page, guides):
    from wagtail.models import ReferenceIndex

    linking = StandardPageFactory(parent=home_page, slug="help", title="Help")
    linking.body = [("text", f'<p><a linktype="page" id="{guides["gp"].pk}">GP</a></p>')]
    linking.save_revision().publish()
    ReferenceIndex.create_or_update_for_object(linking)
    for page in (linking, guides["about"]):
        client.get(page.url)
        assert state(client, page) == "hit"
    guides["gp"].save_revision().publish()
    assert state(client, linking) == "miss"
    assert state(client, guides["about"]) == "hit"


@pytest.mark.django_db
def test_nothing_is_ever_flushed_from_the_shared_cache(client, home_page, guides):
    neighbour = page_cache()
    neighbour.set("lockout:203.0.113.9", 4, None)  # someone else's key in the same Redis
    caches["default"].set("lockout:203.0.113.9", 4, None)
    client.get(guides["gp"].url)
    guides["gp"].save_revision().publish()
    guides["about"].save_revision().publish()  # a footer page: every page goes stale
    from website.models import SiteSettings

    SiteSettings.for_site(home_page.get_site()).save()
    assert neighbour.get("lockout:203.0.113.9") == 4
    assert caches["default"].get("lockout:203.0.113.9") == 4
    assert state(client, guides["gp"]) == "miss"


@pytest.mark.django_db
def test_a_footer_page_or_site_settings_change_every_page(client, home_page, guides):
    from website.models import SiteSettings

    for page in (guides["gp"], guides["other"][0]):
        client.get(page.url)
    settings = SiteSettings.for_site(home_page.get_site())
    settings.organisation_name = "Health Together"
    settings.save()
    response = client.get(guides["other"][0].url)
    assert response["X-Page-Cache"] == "miss"
    assert "Health Together" in response.content.decode()

    client.get(guides["other"][1].url)
    guides["about"].title = "Who we are"
    guides["about"].save_revision().publish()
    response = client.get(guides["other"][1].url)
    assert response["X-Page-Cache"] == "miss"
    assert "Who we are" in response.content.decode()


@pytest.mark.django_db
def test_query_strings_the_page_does_not_read_create_no_entries(client, guides):
    url = guides["gp"].url
    assert state(client, url) == "miss"
    # Tracking parameters get the canonical copy.
    assert state(client, f"{url}?utm_source=leaflet&utm_campaign=2") == "hit"
    assert state(client, f"{url}?fbclid=abc") == "hit"
    # A parameter no page reads is answered, but not stored.
    size = len(page_cache()._cache)
    for n in range(5):
        response = client.get(f"{url}?x={n}")
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
    assert len(page_cache()._cache) == size
    # A parameter pages read is a page of its own.
    assert state(client, f"{guides['index'].url}?topic=gp") == "miss"
    assert state(client, f"{guides['index'].url}?topic=gp&utm_medium=sms") == "hit"


@pytest.mark.django_db
def test_unpublished_or_private_pages_are_never_served_stale(client, guides):
    from wagtail.models import PageViewRestriction

    page = guides["other"][0]
    client.get(page.url)
    page.unpublish()
    # Even while another request holds the lock, or the database is down, the old copy is not served.
    middleware = AnonymousPageCacheMiddleware(lambda request: down_response())
    request = RequestFactory().get(page.url, HTTP_HOST="testserver")
    assert middleware(request).status_code == 503

    other = guides["other"][1]
    client.get(other.url)
    PageViewRestriction.objects.create(page=other, restriction_type=PageViewRestriction.LOGIN)
    request = RequestFactory().get(other.url, HTTP_HOST="testserver")
    assert middleware(request).status_code == 503
    # While a guide that was only edited is served stale.
    edited = guides["other"][2]
    client.get(edited.url)
    edited.save_revision().publish()
    stale = middleware(RequestFactory().get(edited.url, HTTP_HOST="testserver"))
    assert stale.status_code == 200 and stale["X-Page-Cache"] == "stale-if-error"


def down_response():
    response = HttpResponse("The site is having problems", status=503)
    response.database_unavailable = True
    return response


def raise_database_error(request):
    raise OperationalError("could not connect to server")


@pytest.mark.django_db
def test_stale_copies_are_served_when_the_database_is_down(client, guides):
    page = guides["gp"]
    fresh = client.get(page.url)
    page.save_revision().publish()  # now stale
    request = RequestFactory().get(page.url, HTTP_HOST="testserver")
    for inner in (
        lambda request: down_response(),
        raise_database_error,
        lambda request: HttpResponseServerError(),
    ):
        response = AnonymousPageCacheMiddleware(inner)(request)
        assert response.status_code == 200
        assert response["X-Page-Cache"] == "stale-if-error"
        assert response.content == fresh.content
    # With no copy at all, the inner answer (the 503 page) goes out, and a database error goes on up.
    missing = RequestFactory().get(guides["other"][0].url, HTTP_HOST="testserver")
    assert AnonymousPageCacheMiddleware(lambda request: down_response())(missing).status_code == 503
    with pytest.raises(OperationalError):
        AnonymousPageCacheMiddleware(raise_database_error)(missing)
    # A 503 is never stored.
    assert state(client, guides["other"][0]) == "miss"


@pytest.mark.django_db
def test_a_burst_for_an_emptied_page_renders_it_once(client, guides):
    page = guides["gp"]
    client.get(page.url)
    page.save_revision().publish()
    renders = []

    def inner(request):
        renders.append(request.path)
        return HttpResponse("new")

    middleware = AnonymousPageCacheMiddleware(inner)
    request = RequestFactory().get(page.url, HTTP_HOST="testserver")
    key = middleware.key(request, "")
    page_cache().add(f"{key}:lock", 1, 30)  # another worker is rendering it right now
    for _ in range(5):
        response = middleware(request)
        assert response["X-Page-Cache"] == "stale"
    assert renders == []
    page_cache().delete(f"{key}:lock")
    assert middleware(request)["X-Page-Cache"] == "miss"
    assert middleware(request)["X-Page-Cache"] == "hit"
    assert renders == [page.url]


@pytest.mark.django_db
def test_a_burst_with_no_copy_waits_for_the_first_render(guides, settings):
    settings.PAGE_CACHE_LOCK_WAIT_SECONDS = 5
    renders = []
    started = threading.Event()
    release = threading.Event()

    def inner(request):
        renders.append(1)
        started.set()
        release.wait(5)
        return HttpResponse("rendered once")

    middleware = AnonymousPageCacheMiddleware(inner)
    path = guides["gp"].url
    results = []

    def visit():
        results.append(middleware(RequestFactory().get(path, HTTP_HOST="testserver")))

    first = threading.Thread(target=visit)
    first.start()
    started.wait(5)
    others = [threading.Thread(target=visit) for _ in range(3)]
    for thread in others:
        thread.start()
    release.set()
    for thread in [first, *others]:
        thread.join(10)
    assert len(renders) == 1
    assert sorted(r["X-Page-Cache"] for r in results) == ["hit", "hit", "hit", "miss"]
    assert {r.content for r in results} == {b"rendered once"}


class PurgeReceiver(BaseHTTPRequestHandler):
    received = []

    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        PurgeReceiver.received.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_receiver():
    PurgeReceiver.received = []
    server = HTTPServer(("127.0.0.1", 0), PurgeReceiver)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", PurgeReceiver.received
    server.shutdown()
    server.server_close()


@pytest.mark.django_db
def test_publishing_purges_the_front_cache(
    guides, home_page, purge_receiver, settings, django_capture_on_commit_callbacks
):
    location, received = purge_receiver
    settings.WAGTAILFRONTENDCACHE = {
        "front": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": location}
    }
    with django_capture_on_commit_callbacks(execute=True):
        guides["gp"].save_revision().publish()
    paths = {path for _host, path in received}
    assert {guides["gp"].url, guides["index"].url, home_page.url, guides["gp2"].url} <= paths
    assert guides["other"][0].url not in paths
    assert {host for host, _path in received} == {"localhost"}


@pytest.mark.django_db
def test_through_the_whole_stack_a_failing_database_gets_the_stale_copy(guides, monkeypatch):
    from django.test import Client

    visitor = Client(raise_request_exception=False)
    page = guides["gp"]
    fresh = visitor.get(page.url)
    page.save_revision().publish()

    def database_down(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr("website.serve.fast_route", database_down)
    response = visitor.get(page.url)
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "stale-if-error"
    assert response.content == fresh.content
    # A page never cached has nothing to fall back on.
    # (the branded 503 of website/resilience.py, never a 500).
    assert visitor.get(guides["other"][0].url).status_code == 503
