"""Wagtail's page view, with Django's CSRF check decided by the page type.

Django checks CSRF before any view runs, against the view function: for every Wagtail page that is
`wagtail.views.serve`, so a page type cannot opt out by marking its own `serve` method `csrf_exempt`.
This view routes the page first (in one query where it can: website/routing.py), then runs the same check unless the page's `serve` is marked exempt
(the personal snapshot: its POST stores nothing, and anonymous visitors never get a CSRF cookie).

Wired in `website/urls.py`, inside `i18n_patterns`, just before Wagtail's own URLs:

    re_path(serve_pattern, serve.serve),  # from wagtail.urls import serve_pattern
"""

import re

from django.middleware.csrf import CsrfViewMiddleware
from django.utils.html import escape
from django.views.decorators.csrf import csrf_exempt
from wagtail import views as wagtail_views
from wagtail.models import Page

from .routing import fast_route

SAFE_METHODS = ("GET", "HEAD", "OPTIONS", "TRACE")


def page_is_csrf_exempt(request, path):
    route = Page.route_for_request(request, path)  # cached on the request for wagtail's view
    return bool(route) and getattr(route[0].serve, "csrf_exempt", False)


@csrf_exempt
def serve(request, path):
    if not hasattr(request, "_wagtail_route_for_request"):
        route = fast_route(request, path)
        if route is not None:
            request._wagtail_route_for_request = route  # where Wagtail's routing keeps its answer
    if request.method not in SAFE_METHODS and not page_is_csrf_exempt(request, path):
        rejected = CsrfViewMiddleware(lambda r: None).process_view(request, wagtail_views.serve, (path,), {})
        if rejected is not None:
            return rejected
    response = wagtail_views.serve(request, path)
    if hasattr(response, "add_post_render_callback"):
        response.add_post_render_callback(lambda rendered: with_print_urls(rendered, request))
    return response


# A link to this site (href="/…") gets its full address in `data-print-url`, which print.css writes after
# the link text: a printed page then says "(https://example.org/en/card/16/)", not "(/en/card/16/)".
SITE_LINK = re.compile(rb'<a\b([^>]*?)\shref="(/(?!/)[^"]*)"')


def with_print_urls(response, request):
    if not response.get("Content-Type", "").startswith("text/html"):
        return response
    origin = escape(request.build_absolute_uri("/").rstrip("/")).encode()

    def add(match):
        return b'<a%s href="%s" data-print-url="%s%s"' % (match[1], match[2], origin, match[2])

    response.content = SITE_LINK.sub(add, response.content)
    return response
