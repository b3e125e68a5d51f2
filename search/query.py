"""The ranked search over SearchEntry: live, public pages of one language, paginated in the database.

Each query word scores a page by the best place it appears (title 10, search words 8, summary 4,
body 1; a match on the shorter stem, or on PostgreSQL's stemmed form, counts 0.7 of that), times how
rare the word is in this language (so "gp", found on many pages, weighs less than "dentist"). A word
found nowhere is replaced by the closest word of this language's pages (a typo). Everything is read
only: two to four SQL queries whatever the size of the site.
"""

import difflib
import math
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import connection
from django.db.models import BooleanField, Case, Count, F, FloatField, Max, Q, Value, When
from django.db.models.expressions import RawSQL
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from .models import SearchEntry
from .text import POSTGRES_CONFIGS, is_cjk, query_terms, stem, tokens, tsquery_term

FIELDS = [("title", "A", 10.0), ("words", "B", 8.0), ("summary", "C", 4.0), ("body", "D", 1.0)]
STEM_FACTOR = 0.7
TYPO_CUTOFF = 0.72
VOCABULARY_SECONDS = 3600


@dataclass
class Outcome:
    results: object = None  # a queryset of SearchEntry, best first (paginate it)
    promoted: list = field(default_factory=list)  # SearchPromotion, with .page
    terms: list = field(default_factory=list)  # the words used, after any correction
    corrected: str = ""  # the query as corrected, when a word was replaced


def public_pages(locale):
    return Page.objects.live().public().filter(locale=locale, depth__gt=1)


def _contains(name, text):
    return Q(**{f"{name}__contains": text})


def term_score(term, language):
    """0 to 10: the best place this word (or its stem) appears in a page."""
    config = POSTGRES_CONFIGS.get(language) if connection.vendor == "postgresql" else None
    short = stem(term)
    levels = []
    for name, weight_class, weight in FIELDS:
        if is_cjk(term):
            levels.append((weight, _contains(name, term if len(term) == 1 else f" {term}")))
            continue
        levels.append((weight, _contains(name, f" {term}")))
        if short != term:
            levels.append((weight * STEM_FACTOR, _contains(name, f" {short}")))
        if config:
            matches = RawSQL(
                '"search_searchentry"."vector" @@ to_tsquery(%s::regconfig, %s)',
                (config, tsquery_term(term, weight_class)),
                output_field=BooleanField(),
            )
            levels.append((weight * STEM_FACTOR, matches))
    levels.sort(key=lambda level: -level[0])
    return Case(
        *[When(condition, then=Value(weight)) for weight, condition in levels],
        default=Value(0.0),
        output_field=FloatField(),
    )


def document_frequencies(base, terms, language):
    """How many pages of this language hold each word, how many pages there are, and when one last changed."""
    annotated = base.annotate(**{f"s{i}": term_score(term, language) for i, term in enumerate(terms)})
    figures = annotated.aggregate(
        n=Count("pk"),
        updated=Max("updated_at"),
        **{f"df{i}": Count("pk", filter=Q(**{f"s{i}__gt": 0})) for i in range(len(terms))},
    )
    return figures["n"], figures["updated"], [figures[f"df{i}"] for i in range(len(terms))]


def vocabulary(base, locale, n, updated):
    """The words of this language's pages, cached until a page is published or unpublished."""
    key = f"search-vocabulary:{locale.pk}:{n}:{updated.timestamp() if updated else 0}"
    words = cache.get(key)
    if words is None:
        found = set()
        for row in base.values_list("title", "words", "summary", "body"):
            found.update(w for text in row for w in text.split() if len(w) >= 3 and not is_cjk(w))
        words = sorted(found)
        cache.set(key, words, VOCABULARY_SECONDS)
    return words


def correct(term, words):
    if is_cjk(term) or len(term) < 3:
        return None
    match = difflib.get_close_matches(term, words, n=1, cutoff=TYPO_CUTOFF)
    return match[0] if match else None


def promotions(query, locale, pages):
    """Pages editors pinned to this query, in this language, live and public."""
    candidates = {normalise_query_string(query), normalise_query_string(" ".join(query.split()))}
    return list(
        SearchPromotion.objects.filter(
            query__query_string__in=candidates, page__locale=locale, page__in=pages
        )
        .select_related("page", "page__search_entry")
        .order_by("sort_order", "pk")
    )


def run(query, locale):
    """Search `query` in `locale`. Never writes to the database."""
    language = locale.language_code
    pages = public_pages(locale)
    outcome = Outcome(promoted=promotions(query, locale, pages))
    base = SearchEntry.objects.filter(locale=locale, page__in=pages)
    terms = query_terms(query, language)
    if not terms:
        outcome.results = base.none()
        return outcome
    n, updated, frequencies = document_frequencies(base, terms, language)
    if n and 0 in frequencies:
        words = vocabulary(base, locale, n, updated)
        fixed = [correct(t, words) if df == 0 else t for t, df in zip(terms, frequencies, strict=False)]
        if any(f and f != t for f, t in zip(fixed, terms, strict=False)):
            outcome.corrected = " ".join(f or t for f, t in zip(fixed, terms, strict=False))
            terms = list(dict.fromkeys(f for f in fixed if f))
            n, updated, frequencies = document_frequencies(base, terms, language)
    kept = [(t, df) for t, df in zip(terms, frequencies, strict=False) if df]
    outcome.terms = [t for t, _ in kept]
    if not kept:
        outcome.results = base.none()
        return outcome
    scores = {f"s{i}": term_score(term, language) for i, (term, _) in enumerate(kept)}
    total = sum(
        (Value(math.log(1 + n / df)) * F(f"s{i}") for i, (_, df) in enumerate(kept)),
        start=Value(0.0),
    )
    outcome.results = (
        base.exclude(page_id__in=[p.page_id for p in outcome.promoted])
        .annotate(**scores)
        .annotate(score=total)
        .filter(score__gt=0)
        .select_related("page")
        .order_by("-score", "page__path")
    )
    return outcome


def highlight_terms(outcome, query, language):
    """The words to mark in summaries: the query's words as typed, and any correction."""
    return list(dict.fromkeys([*query.split(), *outcome.corrected.split(), *tokens(query, language)]))
