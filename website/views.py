from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe
from wagtail.models import Page

from .models import PageFeedback


@never_cache
@require_safe
def healthz(request):
    """200 when the database answers, 503 when it doesn't. Used by the container's HEALTHCHECK."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


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
        "User-agent: *\nDisallow: /admin/\nDisallow: /*/search/\nDisallow: /*/account/\n",
        content_type="text/plain",
    )
