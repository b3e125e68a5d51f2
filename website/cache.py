"""A whole-page cache for anonymous visitors.

A request with no cookies at all is an anonymous visitor: their GET of a public page is answered from the
"pages" cache when it can be, and a fresh 200 answer is stored for next time. Anything else (signed-in users,
forms, the admin, search, accounts, error pages, answers that set a cookie or say private/no-store) passes
straight through. Publishing, unpublishing, moving or deleting a page, changing who may see a page, or saving
site settings, empties the cache.

Every answer to a signed-in user is marked `Cache-Control: private, no-cache` and `Vary: Cookie`, so no
shared cache (a proxy, a CDN) keeps a copy of what one person saw and hands it to another.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.utils.cache import patch_cache_control, patch_vary_headers

SKIP_PREFIXES = ("/admin/", "/documents/", "/healthz", "/static/", "/media/")
SKIP_PARTS = ("/search/", "/feedback/", "/account/")


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def clear_page_cache(**kwargs):
    """Empty the page cache now, and again once the change is committed, so that no request served between
    the two (which still read the old data) leaves a stale copy behind."""
    page_cache().clear()
    transaction.on_commit(lambda: page_cache().clear())


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

    def key(self, request):
        # Stored as GZip made it: compressed for browsers that accept gzip, plain for the others.
        gzip = "gzip" in request.headers.get("Accept-Encoding", "")
        raw = f"{request.get_host()}|{request.get_full_path()}|{'gzip' if gzip else 'identity'}"
        return "page:" + hashlib.sha256(raw.encode()).hexdigest()

    def private_if_signed_in(self, request, response):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True, no_cache=True)
            patch_vary_headers(response, ("Cookie",))
        return response

    def __call__(self, request):
        if not self.cacheable_request(request):
            return self.private_if_signed_in(request, self.get_response(request))
        key = self.key(request)
        cached = page_cache().get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        cache_control = response.get("Cache-Control", "")
        if (
            response.status_code == 200
            and not response.cookies
            and not response.streaming
            and "private" not in cache_control
            and "no-store" not in cache_control
            and "no-cache" not in cache_control
            and "Cookie" not in response.get("Vary", "")
        ):
            patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_BROWSER_SECONDS)
            if hasattr(response, "render") and callable(response.render):
                response.render()
            page_cache().set(key, response, settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        return response
