"""Keep serving when a dependency fails.

- `FailOpenRedisCache`: Redis is a cache, not a single point of failure. Every call has a short timeout
  (OPTIONS in settings); a connection error or timeout is logged once, counts as a miss, and marks Redis
  as degraded for `DEGRADED_SECONDS`, during which this process does not try Redis at all.
- `DatabaseUnavailableMiddleware`: a database connection error while handling a request becomes a
  branded 503 page, in the visitor's language, that needs no database and shows the emergency numbers and
  the quick exit. The response carries `database_unavailable = True`, so the page cache outside this
  middleware (website.cache.AnonymousPageCacheMiddleware) can answer with a stale copy instead.
  Errors raised by the middlewares inside this one (sessions, authentication) reach Django's handler500,
  which gives the same answer (website.errors.server_error).
"""

import logging
import threading
import time

from django.core.cache.backends.redis import RedisCache
from django.db import InterfaceError, OperationalError
from django.shortcuts import render
from django.utils import translation

logger = logging.getLogger(__name__)

DEGRADED_SECONDS = 5
RETRY_AFTER_SECONDS = 30
DATABASE_ERRORS = (OperationalError, InterfaceError)

_lock = threading.Lock()
_degraded_until = {}  # cache LOCATION -> monotonic time until which it is not tried


def _redis_errors():
    import redis.exceptions

    # ConnectionError covers refused and reset connections; TimeoutError a hung server; BusyLoadingError
    # and ReadOnlyError a Redis that restarts or fails over.
    return (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError)


def cache_degraded(location):
    return _degraded_until.get(location, 0) > time.monotonic()


def degraded_caches():
    """Locations of the Redis servers this process currently treats as down."""
    now = time.monotonic()
    return sorted(location for location, until in _degraded_until.items() if until > now)


class FailOpenRedisCache(RedisCache):
    """Django's RedisCache that answers like an empty cache while Redis is unreachable."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._location = server if isinstance(server, str) else ",".join(server)

    def _fail_open(self, method, default, *args, **kwargs):
        if cache_degraded(self._location):
            return default
        try:
            return getattr(super(), method)(*args, **kwargs)
        except _redis_errors() as error:
            with _lock:
                was_up = not cache_degraded(self._location)
                _degraded_until[self._location] = time.monotonic() + DEGRADED_SECONDS
            if was_up:
                logger.warning("Redis unavailable (%s); serving without the cache for now", error)
            return default

    def mark_up(self):
        with _lock:
            _degraded_until.pop(self._location, None)

    def ping(self):
        """True when Redis answers now (ignores, and updates, the degraded mark). Used by /healthz."""
        try:
            self._cache.get_client(write=False).ping()
        except _redis_errors():
            with _lock:
                _degraded_until[self._location] = time.monotonic() + DEGRADED_SECONDS
            return False
        self.mark_up()
        return True

    def add(self, key, value, timeout=None, version=None):
        # True while Redis is unreachable, as if this caller were first: a lock taken with add() (the page
        # cache's "one request renders an emptied page") must not make every request wait for a holder
        # that does not exist.
        return self._fail_open("add", True, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._fail_open("get", default, key, default, version)

    def set(self, key, value, timeout=None, version=None):
        return self._fail_open("set", None, key, value, timeout, version)

    def touch(self, key, timeout=None, version=None):
        return self._fail_open("touch", False, key, timeout, version)

    def delete(self, key, version=None):
        return self._fail_open("delete", False, key, version)

    def get_many(self, keys, version=None):
        return self._fail_open("get_many", {}, keys, version)

    def has_key(self, key, version=None):
        return self._fail_open("has_key", False, key, version)

    def incr(self, key, delta=1, version=None):
        result = self._fail_open("incr", None, key, delta, version)
        if result is None:  # unreachable: the key is as good as missing
            raise ValueError(f"Key '{key}' not found (cache unavailable)")
        return result

    def set_many(self, data, timeout=None, version=None):
        return self._fail_open("set_many", list(data), data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._fail_open("delete_many", None, keys, version)

    def clear(self):
        return self._fail_open("clear", None)


def language_from_path(request):
    return translation.get_language_from_path(request.path_info) or translation.get_language() or "en"


def database_unavailable_response(request):
    """The branded 503: no database, no site settings, no session; fixed emergency numbers."""
    with translation.override(language_from_path(request)):
        response = render(request, "503.html", status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    response.database_unavailable = True
    return response


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            return self.get_response(request)
        except DATABASE_ERRORS:
            logger.warning("Database unavailable for %s", request.path, exc_info=True)
            return database_unavailable_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_ERRORS):
            logger.warning("Database unavailable for %s: %s", request.path, exception)
            return database_unavailable_response(request)
        return None
