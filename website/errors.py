"""Error pages in the visitor's language, rendered without touching the database."""

from django.shortcuts import render
from django.views.decorators.csrf import requires_csrf_token


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


@requires_csrf_token
def server_error(request):
    # A plain template: no site settings, no database, so it still works when the database is down.
    return render(request, "500.html", status=500)
