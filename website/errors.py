"""Error pages in the visitor's language, rendered without touching the database."""

import sys

from django.shortcuts import render
from django.views.decorators.csrf import requires_csrf_token

from .resilience import DATABASE_ERRORS, database_unavailable_response


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


@requires_csrf_token
def server_error(request):
    # A database error raised outside a view (a session or user lookup in a middleware) gets the same
    # branded 503 as one raised in a view (website.resilience.DatabaseUnavailableMiddleware).
    if isinstance(sys.exc_info()[1], DATABASE_ERRORS):
        return database_unavailable_response(request)
    # A plain template: no site settings, no database, so it still works when the database is down.
    return render(request, "500.html", status=500)
