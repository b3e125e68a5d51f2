"""A bad day: the database or Redis is down, and the public still gets help and nothing answers 500."""

import time
from unittest import mock

import pytest
from django.core.cache import caches
from django.db import InterfaceError, OperationalError
from django.test import Client, RequestFactory, override_settings

from home.factories import StandardPageFactory
from website import resilience

UNREACHABLE_REDIS = "redis://127.0.0.1:1/0"  # nothing listens on port 1


def redis_caches(location=UNREACHABLE_REDIS):
    return {
        name: {
            "BACKEND": "website.resilience.FailOpenRedisCache",
            "LOCATION": location,
            "KEY_PREFIX": f"test:{name}",
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        }
        for name in ("default", "pages")
    }


@pytest.fixture(autouse=True)
def forget_degraded():
    resilience._degraded_until.clear()
    yield
    resilience._degraded_until.clear()


@pytest.mark.parametrize(
    ("lang", "heading", "direction"),
    [("en", "This page is not available right now", "ltr"), ("ar", 'lang="ar"', "rtl")],
)
@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
def test_database_down_in_a_view_is_a_branded_503_in_the_visitors_language(
    home_pages, lang, heading, direction, error, django_assert_num_queries
):
    client = Client(raise_request_exception=False)
    down = error("connection refused")
    with (
        mock.patch("wagtail.models.Page.route_for_request", side_effect=down),
        mock.patch("website.serve.fast_route", side_effect=down),
    ):
        response = client.get(f"/{lang}/")
    assert response.status_code == 503
    # The 503 page itself needs no database.
    request = RequestFactory().get(f"/{lang}/")
    with django_assert_num_queries(0):
        alone = resilience.DatabaseUnavailableMiddleware(mock.Mock(side_effect=down))(request)
    assert alone.status_code == 503 and alone.content == response.content
    assert response.database_unavailable is True
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert heading in html and f'dir="{direction}"' in html
    assert 'href="tel:999"' in html and 'href="tel:111"' in html and 'href="tel:116123"' in html
    assert "Samaritans" in html and "data-quick-exit" in html
    assert f'href="/{lang}/"' in html


def test_database_down_in_a_middleware_is_the_same_503(home_page):
    """A database error in a middleware, before any view (loading a session): still a 503, never a 500."""
    client = Client(raise_request_exception=False)
    with mock.patch(
        "django.contrib.sessions.middleware.SessionMiddleware.process_request",
        side_effect=OperationalError("the database system is shutting down"),
    ):
        response = client.get("/ar/account/")
    assert response.status_code == 503
    assert getattr(response, "database_unavailable", False)
    assert 'lang="ar"' in response.content.decode()


def test_other_errors_are_still_500s(home_page):
    client = Client(raise_request_exception=False)
    with mock.patch("wagtail.models.Page.route_for_request", side_effect=RuntimeError("a bug")):
        response = client.get("/en/")
    assert response.status_code == 500
    assert not getattr(response, "database_unavailable", False)


def test_unreachable_redis_is_a_fast_miss_then_not_tried_for_a_while():
    with override_settings(CACHES=redis_caches()):
        cache = caches["default"]
        started = time.monotonic()
        assert cache.get("key", "fallback") == "fallback"
        assert cache.set("key", "value") is None
        assert cache.add("key", "value") is True  # as if first: nobody waits for a lock nobody holds
        assert cache.get_many(["a", "b"]) == {}
        assert cache.get_or_set("key", "computed") == "computed"
        with pytest.raises(ValueError):
            cache.incr("counter")
        assert time.monotonic() - started < 1.5  # one short timeout, then no more tries
        assert resilience.degraded_caches() == [UNREACHABLE_REDIS]


def test_pages_render_from_the_database_while_redis_is_down(home_pages):
    page = StandardPageFactory(parent=home_pages["en"], title="About us", slug="about")
    # Rendered at once: an unreachable cache's lock is not "held by another worker" to wait for.
    waiting = mock.patch(
        "website.cache.AnonymousPageCacheMiddleware.wait_for", side_effect=AssertionError("waited for a lock")
    )
    with override_settings(CACHES=redis_caches()), waiting:
        response = Client(raise_request_exception=False).get(page.url)
    assert response.status_code == 200
    assert "About us" in response.content.decode()


def test_healthz_says_degraded_and_which_dependency_is_down(client, db):
    with override_settings(CACHES=redis_caches()):
        response = client.get("/healthz")
    assert response.status_code == 200  # still serving: keep it in rotation
    assert response.json() == {
        "status": "degraded",
        "database": "ok",
        "cache": "unavailable",
        "down": ["cache"],
    }


def test_healthz_is_503_when_the_database_is_down(client, db):
    with mock.patch("website.views.connection.cursor", side_effect=OperationalError("could not connect")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"
    assert response.json()["down"] == ["database"]


def test_sessions_never_depend_on_the_cache(settings):
    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.db"
    assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True
