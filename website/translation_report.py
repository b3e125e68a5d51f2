"""The translation status report: each page's languages, up to date, out of date, missing or awaiting
approval. Every English page, PER_PAGE to a screen (?p=2…), in a fixed number of queries per screen however
many pages the site has."""

from django.conf import settings
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Page

from .translations import AWAITING, DRAFT, MISSING, OUT_OF_DATE, UP_TO_DATE, default_language, status_table

PER_PAGE = 50


def translation_status(request):
    """Every language's status for each English page: up to date, out of date, missing, awaiting approval."""
    labels = {
        UP_TO_DATE: _("Up to date"),
        OUT_OF_DATE: _("Out of date"),
        MISSING: _("Missing"),
        AWAITING: _("Awaiting approval"),
        DRAFT: _("Draft"),
    }
    pages = Page.objects.filter(depth__gt=1, locale__language_code=default_language()).order_by("path")
    page_id = request.GET.get("page", "")
    if page_id.isdigit():
        # Any language's copy of a page leads to its source in the default language.
        pages = pages.filter(
            translation_key__in=Page.objects.filter(pk=int(page_id)).values("translation_key")
        )
    languages = [(code, name) for code, name in settings.LANGUAGES if code != default_language()]
    # Filters (a form, no JavaScript): one language's column, and only the pages missing in it (in the
    # database, so a screen still costs the same).
    language = request.GET.get("language", "")
    if language not in dict(languages):
        language = ""
    missing = bool(language and request.GET.get("missing"))
    if missing:
        pages = pages.exclude(
            translation_key__in=Page.objects.filter(locale__language_code=language).values("translation_key")
        )
    screen = Paginator(pages.only("id"), PER_PAGE).get_page(request.GET.get("p"))
    # Plain pages (their title, dates and translation key are all the report shows): one query for the
    # screen, not one more for each page type on it.
    sources = list(Page.objects.filter(pk__in=[p.pk for p in screen.object_list]).order_by("path"))
    rows = [
        (source, [(code, name, status, labels[status], page) for code, name, status, page in row])
        for source, row in status_table(sources, only=language or None)
    ]
    return TemplateResponse(
        request,
        "website/admin/translation_status.html",
        {
            "rows": rows,
            "languages": languages,
            "columns": [(code, name) for code, name in languages if language in ("", code)],
            "language": language,
            "missing": missing,
            "one_page": bool(page_id),
            "screen": screen,
        },
    )
