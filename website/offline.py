"""The service worker for "Save this guide for offline reading", served from the site root.

A service worker only controls pages under the folder it is served from, so it must come from `/sw.js`
(not `/static/…`) to cover `/en/…`, `/ar/…` and the rest. It is fetched only after a visitor presses
"Save this guide for offline reading"; until then no page registers it.

Wired in `website/urls.py` (unprefixed, beside `robots.txt`):

    path("", include("website.offline")),
"""

from functools import cache

from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.urls import path
from django.views.decorators.http import require_safe

SOURCE = "website/js/sw.js"


@cache
def worker_source():
    with open(finders.find(SOURCE), encoding="utf-8") as f:
        return f.read()


@require_safe
def service_worker(request):
    response = HttpResponse(worker_source(), content_type="application/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = "/"
    # Browsers check for a new worker at least once a day anyway; no-cache makes them ask every time,
    # and keeps the worker out of the page cache.
    response["Cache-Control"] = "no-cache"
    return response


urlpatterns = [path("sw.js", service_worker, name="service_worker")]
