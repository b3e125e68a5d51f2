from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe
from django.views.static import serve as static_serve
from wagtail.models import Page

from .models import PageFeedback
from .resilience import FailOpenRedisCache


@never_cache
@require_safe
def healthz(request):
    """What the site can do now, as JSON, for the container's HEALTHCHECK and orchestrators.

    - 200 `{"status": "ok"}`: everything answers.
    - 200 `{"status": "degraded", "cache": "unavailable"}`: Redis is down; pages are still served (from
      the database), so the instance stays in rotation, but the body says what is wrong.
    - 503 `{"status": "unavailable", "database": "unavailable"}`: the database is down; only cached pages
      and the branded 503 page can be served.
    """
    checks = {"database": "ok", "cache": "not configured"}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        checks["database"] = "unavailable"
    for alias in settings.CACHES:
        backend = caches[alias]
        if isinstance(backend, FailOpenRedisCache):
            checks["cache"] = "ok" if backend.ping() else "unavailable"
            if checks["cache"] != "ok":
                break
    if checks["database"] != "ok":
        status, code = "unavailable", 503
    elif checks["cache"] == "unavailable":
        status, code = "degraded", 200
    else:
        status, code = "ok", 200
    down = sorted(name for name, state in checks.items() if state == "unavailable")
    return JsonResponse({"status": status, **checks, "down": down}, status=code)


@csrf_exempt  # anonymous and cookie-less by design: it stores no more than a yes or a no
@require_POST
def feedback(request):
    try:
        page = Page.objects.live().public().get(pk=int(request.POST.get("page", "")))
    except (ValueError, Page.DoesNotExist):
        return HttpResponseBadRequest(_("We could not tell which page this was about. Nothing was saved."))
    answer = request.POST.get("useful")
    if answer not in {"yes", "no"}:
        return HttpResponseBadRequest(_("Please choose yes or no. Nothing was saved."))
    PageFeedback.objects.create(page=page, useful=answer == "yes")
    url = page.get_url(request) or "/"
    return HttpResponseRedirect(f"{url}?feedback=thanks#feedback")


def robots_txt(request):
    return HttpResponse(
        "User-agent: *\nDisallow: /admin/\nDisallow: /*/search/\nDisallow: /*/account/\n"
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}\n",
        content_type="text/plain",
    )


@require_safe
def media(request, path, document_root):
    """An uploaded image or rendition from this server's disk (never a document: see website/urls.py)."""
    response = static_serve(request, path, document_root=document_root)
    response["Cache-Control"] = "public, max-age=86400"
    return response
