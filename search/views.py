"""The public search page: live, public pages in the visitor's language only."""

import difflib
import re

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


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


def suggest(query, locale):
    """A spelling suggestion built from the words in this language's live page titles and summaries."""
    vocabulary = set()
    for title, seo in Page.objects.live().public().filter(locale=locale).values_list("title", "seo_title"):
        vocabulary.update(w.lower() for w in re.findall(r"\w{3,}", f"{title} {seo}"))
    changed, words = False, []
    for word in query.lower().split():
        if word in vocabulary or len(word) < 3:
            words.append(word)
            continue
        match = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.75)
        words.append(match[0] if match else word)
        changed = changed or bool(match)
    return " ".join(words) if changed else ""


def run_search(query, locale):
    pages = Page.objects.live().public().filter(locale=locale).exclude(depth__lte=1).specific()
    return list(pages.search(query, operator="or", order_by_relevance=True)[:200])


@require_GET
def search(request):
    raw = request.GET.get("q", "")
    query = clean_query(raw)
    locale = Locale.get_active()
    results, suggestion, corrected = [], "", False
    if query:
        results = run_search(query, locale)
        if not results:
            suggestion = suggest(query, locale)
            if suggestion:
                results = run_search(suggestion, locale)
                corrected = bool(results)
    terms = (suggestion if corrected else query).split()
    paginator = Paginator(results, RESULTS_PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    for result in page_obj:
        result.search_highlight = highlight(
            getattr(result, "summary", "") or result.search_description, terms
        )
    return render(
        request,
        "search/search.html",
        {
            "search_query": raw[:MAX_QUERY_LENGTH],
            "cleaned_query": query,
            "results": page_obj,
            "paginator": paginator,
            "suggestion": suggestion,
            "corrected": corrected,
            "truncated": len(raw) > MAX_QUERY_LENGTH,
        },
    )
