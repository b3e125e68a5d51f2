"""A whole-page cache for anonymous visitors, safe to share, emptied page by page.

A request with no cookies at all is an anonymous visitor: their GET of a public page is answered from the
"pages" cache when it can be, and a fresh 200 answer is stored for next time. Anything else (signed-in users,
forms, the admin, search, accounts, error pages, answers that set a cookie or say private/no-store) passes
straight through.

Keys live in their own namespace (``pc:``) inside the cache, which may be a Redis shared with other things
(lockout counters, sessions): nothing here ever flushes it. Every stored copy carries two stamps:

- the **generation**, one counter for the whole site, bumped by changes every page shows (site settings, a
  page moved or deleted, a footer page published, who may see a page);
- the **path version**, one counter per URL path, bumped when that page changes (publishing it, one of its
  translations, a page it lists or links to: see `pages_to_purge`).

A copy whose stamps are current is fresh. A copy whose stamps are old is *stale*: it is not served as fresh,
but it is kept (until ``PAGE_CACHE_STALE_SECONDS``) so that

- a burst of requests for a page just emptied renders it once: the first request takes a lock and renders,
  the others get the stale copy meanwhile (stale-while-revalidate) or, with no copy at all, wait briefly for
  the first one's;
- when the database is down (the inner middleware answers 503 with ``response.database_unavailable``, a
  database error escapes, or the page answers 500/502/503/504), the stale copy is served instead, marked
  ``X-Page-Cache: stale-if-error``.

Some changes must never be served stale: a page made private, unpublished or deleted. They raise the
"no stale before" mark next to the counter, so older copies are dropped, not served.

Query strings: the parameters pages read (``PAGE_CACHE_QUERY_PARAMETERS``) are part of the key; tracking
parameters (utm_*, fbclid…) are ignored, so ``?utm_source=x`` gets the canonical copy; any other parameter
is not cached at all, so no made-up query string creates an entry.

With ``WAGTAILFRONTENDCACHE`` settings, the same URLs are purged from the front cache (nginx, a CDN) through
``wagtail.contrib.frontend_cache`` once the change is committed.

Every answer to a signed-in user is marked `Cache-Control: private, no-cache` and `Vary: Cookie`, so no
shared cache (a proxy, a CDN) keeps a copy of what one person saw and hands it to another.
"""

import contextvars
import hashlib
import logging
import time
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.filebased import FileBasedCache
from django.db import DatabaseError, connection, transaction
from django.utils.cache import patch_cache_control, patch_vary_headers

logger = logging.getLogger(__name__)

SKIP_PREFIXES = ("/admin/", "/documents/", "/healthz", "/static/", "/media/")
SKIP_PARTS = ("/search/", "/feedback/", "/account/")
NAMESPACE = "pc"
GENERATION = f"{NAMESPACE}:generation"
GENERATION_FLOOR = f"{NAMESPACE}:generation:floor"
# Parameters that never change what a page shows (campaign and click tracking).
TRACKING_PREFIXES = ("utm_", "mc_", "_ga", "_gl")
ERROR_STATUSES = (500, 502, 503, 504)  # RFC 5861's stale-if-error
TRACKING_PARAMETERS = frozenset({"fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "ref", "source"})


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def fragment_cache():
    """Where the per-language pieces every page shows are kept (header, footer, settings, privacy)."""
    return caches["fragments"] if "fragments" in settings.CACHES else caches["default"]


def _hash(text):
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _version_key(path):
    return f"{NAMESPACE}:v:{_hash(path)}"


def _floor_key(path):
    return f"{NAMESPACE}:f:{_hash(path)}"


def _bump(cache, key):
    """Add one to a counter (atomically where the cache can), starting it at a time-based value so that a
    counter lost to eviction never comes back at a number an old copy already carries."""
    start = int(time.time() * 1000)
    if cache.add(key, start, None):
        return start
    try:
        return cache.incr(key)
    except ValueError:  # evicted between add and incr
        value = int(time.time() * 1000)
        cache.set(key, value, None)
        return value


# Fragments ------------------------------------------------------------------------------------------------
_fragment_generation = contextvars.ContextVar("fragment_generation", default=None)
FRAGMENT_GENERATION = "frag:generation"


_IN_REQUEST = object()  # the middleware's mark: a request is running, not read yet


def fragment_generation():
    """The counter that empties every cached fragment: read once per request (remembered while the request
    runs), and every time outside one."""
    value = _fragment_generation.get()
    if value is None or value is _IN_REQUEST:
        read = fragment_cache().get(FRAGMENT_GENERATION) or 0
        if value is _IN_REQUEST:
            _fragment_generation.set(read)
        return read
    return value


# What this process read from the fragment cache lately, so that the pieces every page shows cost a dict
# lookup, not a file read or a Redis round trip and an unpickling each. Safe to keep because a key names
# its generation: once the generation moves (anything that changes what fragments show), no request asks
# for the old keys again; this copy is dropped then too, and whenever it is full or its entries are
# LOCAL_FRAGMENT_SECONDS old (so a lost bump, say while Redis was away, is outlived within that time).
# Values are shared between the requests of this process: callers never change what they are given.
_local_fragments = {}
_local_generation = [None]


def forget_local_fragments():
    _local_fragments.clear()


def _local_get(key, generation):
    if _local_generation[0] != generation:
        _local_fragments.clear()
        _local_generation[0] = generation
        return None
    found = _local_fragments.get(key)
    if found is None or found[0] < time.monotonic():
        return None
    return found[1]


def _local_set(key, value, timeout):
    if len(_local_fragments) >= settings.LOCAL_FRAGMENT_ENTRIES:
        _local_fragments.clear()
    _local_fragments[key] = (time.monotonic() + min(timeout, settings.LOCAL_FRAGMENT_SECONDS), value)


_compiled = {}


def compiled_sql(key, make_queryset):
    """(sql, params) of `make_queryset()`, compiled once per process and `key` (name everything the query
    depends on in it): Django compiles a query afresh every time it runs, which for a page's row or a
    search's subquery costs more than running it. At most a few hundred are kept."""
    key = (connection.vendor, *key)
    if key not in _compiled:
        if len(_compiled) >= 500:
            _compiled.clear()
        _compiled[key] = make_queryset().query.sql_with_params()
    return _compiled[key]


def cached_fragment(name, build, timeout=None):
    """`build()`, computed once per fragment generation and kept in the fragment cache under `name`
    (callers put the language, site and whatever else the value depends on into the name). None is never
    kept (it reads as "not cached"): a build that finds nothing returns None to be asked again, or False to
    keep the "no". What is returned may be shared with other requests: never change it."""
    generation = fragment_generation()
    key = f"frag:{generation}:{_hash(name)}"
    value = _local_get(key, generation)
    if value is not None:
        return value
    timeout = timeout or settings.FRAGMENT_CACHE_SECONDS
    cache = fragment_cache()
    value = cache.get(key)
    if value is None:
        value = build()
        if value is not None:
            cache.set(key, value, timeout)
    if value is not None:
        _local_set(key, value, timeout)
    return value


def bump_counter(name):
    """Add one to a counter of the fragment cache, now and again once the change is committed (so no
    request between the two keeps what it read under the new number)."""
    _now_and_on_commit(lambda: _bump(fragment_cache(), f"counter:{name}"))


def read_counter(name):
    return fragment_cache().get(f"counter:{name}") or 0


def empty_fragments():
    cache = fragment_cache()
    _bump(cache, FRAGMENT_GENERATION)
    forget_local_fragments()  # this process's copy at once; the others' when they read the new generation


# Purging -------------------------------------------------------------------------------------------------
def purge_paths(paths, hard=False):
    """Mark every cached copy of these URL paths (any query string, host or encoding) stale; `hard` drops
    them altogether (never served stale: the page went private or away)."""
    cache = page_cache()
    for path in set(paths):
        version = _bump(cache, _version_key(path))
        if hard:
            cache.set(_floor_key(path), version, None)


def bump_generation(hard=False):
    """Mark every cached page stale (changes every page shows). Nothing is deleted, no cache is flushed."""
    cache = page_cache()
    generation = _bump(cache, GENERATION)
    if hard:
        cache.set(GENERATION_FLOOR, generation, None)


def _page_urls(page):
    """(full URL, path) of a page on each site it belongs to."""
    parts = page.get_url_parts()
    if not parts:
        return []
    _site_id, root_url, relative = parts
    return [(f"{root_url}{relative}" if root_url else relative, relative)]


def pages_to_purge(page):
    """The page, its translations (aliases included), the index and home pages that list them (their
    ancestors), the pages that link to any of them (Wagtail's reference index) and any the page type names
    (`cache_dependents`, e.g. a guide's previous and next guide)."""
    from wagtail.models import Page, ReferenceIndex

    translations = list(
        Page.objects.filter(translation_key=page.translation_key).only("id", "path", "depth", "url_path")
    )
    aliases = list(
        Page.objects.filter(alias_of__in=[p.pk for p in translations]).only("id", "path", "url_path")
    )
    family = {p.pk: p for p in [*translations, *aliases]}
    ids = set(family)
    ancestor_paths = set()
    for member in family.values():
        steplen = Page.steplen
        for depth in range(2, len(member.path) // steplen):
            ancestor_paths.add(member.path[: depth * steplen])
    if ancestor_paths:
        ids |= set(Page.objects.filter(path__in=ancestor_paths).values_list("pk", flat=True))
    from django.contrib.contenttypes.models import ContentType

    page_type = ContentType.objects.get_for_model(Page)
    referencing = ReferenceIndex.objects.filter(
        to_content_type=page_type, to_object_id__in=[str(pk) for pk in family]
    ).values_list("base_content_type_id", "object_id", "content_type_id")
    for base_type, object_id, _content_type in referencing:
        if base_type == page_type.pk and str(object_id).isdigit():
            ids.add(int(object_id))
    dependents = getattr(page.specific_deferred, "cache_dependents", None)
    if callable(dependents):
        ids |= {p.pk for p in dependents()}
    return Page.objects.filter(pk__in=ids).only(
        "id", "path", "depth", "url_path", "locale_id", "translation_key", "content_type_id"
    )


def purge_pages(pages, hard_ids=()):
    """Purge these pages' URLs here and, with WAGTAILFRONTENDCACHE settings, in the front cache."""
    paths, hard_paths, full_urls = set(), set(), set()
    for page in pages:
        for full_url, path in _page_urls(page):
            (hard_paths if page.pk in hard_ids else paths).add(path)
            full_urls.add(full_url)
    purge_paths(paths)
    purge_paths(hard_paths, hard=True)
    return full_urls


def purge_front_cache(urls):
    if not urls or not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    try:
        purge_urls_from_cache(sorted(urls))
    except Exception:  # a front cache that is down must not fail a publish; it expires by itself
        logger.exception("Could not purge the front cache")


def _now_and_on_commit(work):
    """Do it now, and again once the change is committed, so that no request served between the two (which
    still read the old data) leaves a stale copy marked fresh."""
    work()
    transaction.on_commit(work)


def purge_for_page(page, hard=False):
    from website.templatetags.website_tags import is_footer_slug

    def work():
        empty_fragments()
        pages = list(pages_to_purge(page))
        urls = purge_pages(pages, hard_ids={page.pk} if hard else ())
        if hard or is_footer_slug(page.slug):
            bump_generation(hard=hard)  # every page's footer or privacy may show it
        return urls

    urls = work()
    transaction.on_commit(lambda: purge_front_cache(work() | urls))


def page_published(sender, instance, **kwargs):
    purge_for_page(instance)


def page_unpublished(sender, instance, **kwargs):
    purge_for_page(instance, hard=True)


def page_deleted(sender, instance, **kwargs):
    # The page is gone from the tree: its URLs can't be worked out any more, so everything goes.
    clear_page_cache(hard=True)


def clear_page_cache(hard=False, **kwargs):
    """Every page goes stale (settings every page shows, a page moved); with `hard`, never served stale
    (privacy). Nothing is flushed: only the generation changes. The front cache is purged of the site's
    root, where the purge backend allows it; other copies there expire within PAGE_CACHE_BROWSER_SECONDS."""

    def work():
        empty_fragments()
        bump_generation(hard=hard)

    _now_and_on_commit(work)


def clear_page_cache_hard(**kwargs):
    clear_page_cache(hard=True)


# The middleware ----------------------------------------------------------------------------------------
class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def cacheable_request(self, request):
        path = request.path
        return (
            request.method in ("GET", "HEAD")
            and not request.COOKIES
            and not path.startswith(SKIP_PREFIXES)
            and not any(part in path for part in SKIP_PARTS)
        )

    def canonical_query(self, request):
        """The query string as the key sees it: None when the request has a parameter no page reads."""
        allowed = settings.PAGE_CACHE_QUERY_PARAMETERS
        kept = []
        for name, values in sorted(request.GET.lists()):
            if name.startswith(TRACKING_PREFIXES) or name in TRACKING_PARAMETERS:
                continue
            if name not in allowed:
                return None
            kept.extend((name, value) for value in values)
        return urlencode(kept)

    def key(self, request, query):
        # Stored as GZip made it: compressed for browsers that accept gzip, plain for the others.
        gzip = "gzip" in request.headers.get("Accept-Encoding", "")
        raw = f"{request.get_host()}|{request.path}?{query}|{'gzip' if gzip else 'identity'}"
        return f"{NAMESPACE}:page:{_hash(raw)}"

    def private_if_signed_in(self, request, response):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True, no_cache=True)
            patch_vary_headers(response, ("Cookie",))
        return response

    def __call__(self, request):
        token = _fragment_generation.set(_IN_REQUEST)
        try:
            return self.handle(request)
        finally:
            _fragment_generation.reset(token)

    def handle(self, request):
        if not self.cacheable_request(request):
            return self.private_if_signed_in(request, self.get_response(request))
        query = self.canonical_query(request)
        if query is None:
            return self.get_response(request)
        cache = page_cache()
        key = self.key(request, query)
        path = request.path
        names = [GENERATION, GENERATION_FLOOR, _version_key(path), _floor_key(path), key, FRAGMENT_GENERATION]
        found = (
            cache.get_many(names)
            if cache is fragment_cache()
            else {
                **cache.get_many(names[:-1]),
                FRAGMENT_GENERATION: fragment_cache().get(FRAGMENT_GENERATION),
            }
        )
        _fragment_generation.set(found.get(FRAGMENT_GENERATION) or 0)
        stamp = (found.get(GENERATION, 0), found.get(_version_key(path), 0))
        floor = (found.get(GENERATION_FLOOR, 0), found.get(_floor_key(path), 0))
        entry = found.get(key)
        if entry is not None and not (entry["stamp"][0] >= floor[0] and entry["stamp"][1] >= floor[1]):
            entry = None  # made private or taken down since: never served again
        if entry is not None and entry["stamp"] == stamp and entry["fresh_until"] > time.time():
            return self.serve(entry, "hit")

        lock = f"{key}:lock"
        if not cache.add(lock, 1, settings.PAGE_CACHE_LOCK_SECONDS):
            # Another request is rendering this page right now.
            if entry is not None:
                return self.serve(entry, "stale")
            waited = self.wait_for(cache, key, stamp)
            if waited is not None:
                return self.serve(waited, "hit")
            lock = None
        try:
            try:
                response = self.get_response(request)
            except DatabaseError:
                if entry is not None:
                    logger.warning("Database error: serving a stale copy of %s", path)
                    return self.serve(entry, "stale-if-error")
                raise
            if entry is not None and (
                getattr(response, "database_unavailable", False) or response.status_code in ERROR_STATUSES
            ):
                # The database is down (the inner middleware's 503), or the page failed (Django turns an
                # exception into a 500 before it reaches us): the last good copy is better than an error.
                return self.serve(entry, "stale-if-error")
            if self.storable(response):
                patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_BROWSER_SECONDS)
                if hasattr(response, "render") and callable(response.render):
                    response.render()
                cache.set(
                    key,
                    {
                        "response": response,
                        "stamp": stamp,
                        "fresh_until": time.time() + settings.PAGE_CACHE_SECONDS,
                    },
                    settings.PAGE_CACHE_SECONDS + settings.PAGE_CACHE_STALE_SECONDS,
                )
                response["X-Page-Cache"] = "miss"
            return response
        finally:
            if lock:
                cache.delete(lock)

    def wait_for(self, cache, key, stamp):
        deadline = time.monotonic() + settings.PAGE_CACHE_LOCK_WAIT_SECONDS
        while time.monotonic() < deadline:
            time.sleep(0.02)
            entry = cache.get(key)
            if entry is not None and entry["stamp"] == stamp:
                return entry
        return None

    def serve(self, entry, state):
        response = entry["response"]
        response["X-Page-Cache"] = state
        return response

    def storable(self, response):
        cache_control = response.get("Cache-Control", "")
        return (
            response.status_code == 200
            and not response.cookies
            and not response.streaming
            and "private" not in cache_control
            and "no-store" not in cache_control
            and "no-cache" not in cache_control
            and "Cookie" not in response.get("Vary", "")
        )


# A file cache with a size cap that doesn't cost every write a directory listing ---------------------------
class BoundedFileCache(FileBasedCache):
    """Django's file cache lists the whole directory on every write to enforce MAX_ENTRIES (7 ms a write
    near 5,000 entries). This one checks the count on one write in CULL_CHECK_EVERY (default 200), so the
    cap holds within that many entries and a write costs a file write."""

    def __init__(self, dir, params):
        options = params.get("OPTIONS", {})
        self._check_every = int(options.pop("CULL_CHECK_EVERY", 200))
        self._writes = 0
        super().__init__(dir, params)

    def _cull(self):
        self._writes += 1
        if self._writes % self._check_every == 1 or self._check_every <= 1:
            super()._cull()
