"""The public search page: live, public pages in the visitor's language only (see search/query.py)."""

import re

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page, Site

from website.routing import active_locale, site_for_request

from . import query as ranked

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10
GUIDE_LIST_LIMIT = 20


def clean_query(raw):
    """Keep letters, numbers and spaces of any script; drop the punctuation search engines trip over."""
    text = re.sub(r"[^\w\s]", " ", raw[: MAX_QUERY_LENGTH * 5], flags=re.UNICODE).replace("_", " ")
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def highlight(text, terms):
    """Escape the text, then mark each search word in it."""
    escaped = escape(text or "")
    words = sorted({t for t in terms if len(t) > 1}, key=len, reverse=True)
    if not words:
        return mark_safe(escaped)  # noqa: S308 - escaped above
    pattern = re.compile("|".join(re.escape(escape(w)) for w in words), re.IGNORECASE)
    return mark_safe(pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", escaped))  # noqa: S308


def guide_index_url(request, locale):
    """This language's guide index, else the English one with the "not translated yet" notice."""
    indexes = Page.objects.live().public().filter(content_type__app_label="resources")
    indexes = indexes.filter(content_type__model="guideindexpage").select_related("locale")
    for index in sorted(indexes, key=lambda page: page.locale_id != locale.pk):
        url = index.get_url(request)
        if url and index.locale_id == locale.pk:
            return url
        if url and index.locale.language_code == "en":
            return f"{url}?untranslated={locale.language_code}"
    return ""


def guide_list(request):
    """Every guide, this language's first: the home page of this language knows how to list them."""
    site = Site.find_for_request(request)
    if site is None:
        return []
    home = site.root_page.localized.specific
    lister = getattr(home, "guides_in_every_language", None)
    return lister(request, limit=GUIDE_LIST_LIMIT) if lister else []


@require_GET
def search(request):
    raw = request.GET.get("q", "")
    query = clean_query(raw)
    site_for_request(request)  # the site from the fragment cache, kept on the request for page URLs
    locale = active_locale() or Locale.get_active()
    outcome = ranked.Outcome()
    paginator = page_obj = None
    if query:
        number = request.GET.get("page")
        start = (
            (min(int(number), 10000) - 1) * RESULTS_PER_PAGE
            if str(number).isdigit() and int(number) > 0
            else 0
        )
        # The slice this page shows is fetched with the count, in one query.
        outcome = ranked.run(query, locale, start=start, stop=start + RESULTS_PER_PAGE)
        paginator = Paginator(outcome.results, RESULTS_PER_PAGE)
        page_obj = paginator.get_page(number)
        terms = ranked.highlight_terms(outcome, query, locale.language_code)
        for entry in page_obj:
            entry.url = entry.page.get_url(request)
            entry.search_highlight = highlight(entry.display_summary, terms)
        for promotion in outcome.promoted:
            promotion.url = promotion.page.get_url(request)
            entry = getattr(promotion.page, "search_entry", None)
            text = promotion.description or (entry.display_summary if entry else "")
            promotion.search_highlight = highlight(text, terms)
    found = bool(outcome.promoted or (paginator and paginator.count))
    no_results = bool(query) and not found
    return render(
        request,
        "search/search.html",
        {
            "search_query": raw[:MAX_QUERY_LENGTH],
            "cleaned_query": query,
            "results": page_obj,
            "paginator": paginator,
            "promoted": outcome.promoted if page_obj is None or page_obj.number == 1 else [],
            "result_count": (paginator.count if paginator else 0) + len(outcome.promoted),
            "list_start": 1
            if page_obj is None or page_obj.number == 1
            else page_obj.start_index() + len(outcome.promoted),
            "suggestion": outcome.corrected if found else "",
            "corrected": bool(outcome.corrected) and found,
            "truncated": len(raw) > MAX_QUERY_LENGTH,
            "no_results": no_results,
            "guides_url": guide_index_url(request, locale) if no_results else "",
            "guides": guide_list(request) if no_results else [],
        },
    )
