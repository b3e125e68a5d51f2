"""Keep SearchEntry in step with what is live: written on publish and unpublish, never while searching."""

import logging

from django.db import connection, transaction
from django.utils.html import strip_tags
from wagtail.models import Page
from wagtail.search import index

from website.cache import bump_counter

from .models import SearchEntry, SearchWord
from .text import POSTGRES_CONFIGS, indexed, is_cjk

logger = logging.getLogger(__name__)

TITLE_FIELDS = {"title", "seo_title"}
WORDS_FIELDS = {"search_words"}
SUMMARY_FIELDS = {"summary", "search_description"}
# The weight of each of the entry's texts, best first, and of PostgreSQL's weight classes.
WEIGHTS = [("title", 10.0), ("words", 8.0), ("summary", 4.0), ("body", 1.0)]
CLASS_WEIGHTS = {"A": 10.0, "B": 8.0, "C": 4.0, "D": 1.0}
INDEX_COUNTER = "search-index"


def flatten(value):
    """Plain text from what a search field gives: strings, lists of them, rich text, tags."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(flatten(item) for item in value)
    if isinstance(value, dict):
        return " ".join(flatten(item) for item in value.values())
    if hasattr(value, "all") and callable(value.all):  # a related manager, e.g. tags
        return " ".join(str(item) for item in value.all())
    return strip_tags(str(value))


def page_texts(page):
    """The page's words in four groups: title, search words, summary and the rest (body)."""
    groups = {"title": [page.title, page.seo_title], "words": [], "summary": [], "body": []}
    for field in page.get_search_fields():
        name = field.field_name
        if name in TITLE_FIELDS:
            continue
        if isinstance(field, index.SearchField):
            group = "words" if name in WORDS_FIELDS else "summary" if name in SUMMARY_FIELDS else "body"
            groups[group].append(flatten(field.get_value(page)))
        elif isinstance(field, index.RelatedFields):
            related = field.get_value(page)
            if related is not None and not callable(related):
                groups["body"].append(flatten(related))
    if not groups["summary"]:
        groups["summary"].append(getattr(page, "summary", "") or page.search_description)
    return {name: " ".join(t for t in texts if t) for name, texts in groups.items()}


def should_index(page):
    return page.live and page.depth > 1 and page.alias_of_id is None


def index_changed():
    """Whatever search has kept from the index (its statistics: query.RankedResults) is out of date."""
    bump_counter(INDEX_COUNTER)


def update_page(page):
    """Write (or remove) the entry of one page from its live content."""
    index_changed()
    page = page.specific
    if not should_index(page):
        SearchEntry.objects.filter(page_id=page.pk).delete()
        return
    language = page.locale.language_code
    texts = page_texts(page)
    SearchEntry.objects.update_or_create(
        page_id=page.pk,
        defaults={
            "locale_id": page.locale_id,
            "title": indexed(texts["title"], language),
            "words": indexed(texts["words"], language),
            "summary": indexed(texts["summary"], language),
            "body": indexed(texts["body"], language),
            "display_summary": getattr(page, "summary", "") or page.search_description or "",
        },
    )
    config = POSTGRES_CONFIGS.get(language)
    if connection.vendor == "postgresql" and config:
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE search_searchentry SET vector = "
                "setweight(to_tsvector(%s::regconfig, %s), 'A') || setweight(to_tsvector(%s::regconfig, %s), 'B') "
                "|| setweight(to_tsvector(%s::regconfig, %s), 'C') || setweight(to_tsvector(%s::regconfig, %s), 'D') "
                "WHERE page_id = %s",
                [
                    *(config, texts["title"]),
                    *(config, texts["words"]),
                    *(config, texts["summary"]),
                    *(config, texts["body"]),
                    page.pk,
                ],
            )
    write_words(SearchEntry.objects.get(pk=page.pk), config if connection.vendor == "postgresql" else None)


def entry_words(texts):
    """Each word of an entry's folded texts with the weight of the best text it is in. A Chinese pair's
    single characters count as words too, so a one-character query finds the pairs it is part of."""
    best = {}
    for name, weight in WEIGHTS:
        for word in texts.get(name, "").split():
            found = [word, *word] if is_cjk(word) and len(word) > 1 else [word]
            for item in found:
                best.setdefault(item, weight)
    return best


def write_words(entry, config=None):
    """Replace the entry's rows in SearchWord: its words, and on PostgreSQL its stemmer's lexemes."""
    SearchWord.objects.filter(entry=entry).delete()
    texts = {name: getattr(entry, name) for name, _ in WEIGHTS}
    rows = [
        SearchWord(entry=entry, locale_id=entry.locale_id, kind=SearchWord.WORD, word=word, weight=weight)
        for word, weight in entry_words(texts).items()
    ]
    if config:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT lexeme, weights FROM unnest((SELECT vector FROM search_searchentry WHERE page_id = %s))",
                [entry.pk],
            )
            for lexeme, weights in cursor.fetchall():
                weight = max((CLASS_WEIGHTS.get(w, 1.0) for w in weights or ["D"]), default=1.0)
                rows.append(
                    SearchWord(
                        entry=entry,
                        locale_id=entry.locale_id,
                        kind=SearchWord.LEXEME,
                        word=lexeme,
                        weight=weight,
                    )
                )
    SearchWord.objects.bulk_create(rows, batch_size=1000)


def remove_page(page):
    index_changed()
    SearchEntry.objects.filter(page_id=page.pk).delete()


def rebuild():
    """Every live page again (manage.py rebuild_search_entries); returns how many are indexed."""
    index_changed()
    SearchEntry.objects.exclude(page__live=True).delete()
    count = 0
    for page in Page.objects.live().filter(depth__gt=1, alias_of__isnull=True).specific():
        update_page(page)
        count += 1
    return count


def on_page_saved(sender, instance, raw=False, **kwargs):
    """Any save of a page (publish, unpublish, a factory): index what the database holds, which for a live
    page is its live version; a draft's words stay in its revision and are never indexed."""
    if raw or not isinstance(instance, Page):
        return
    page = Page.objects.filter(pk=instance.pk).first()
    if page is None:
        return
    try:
        # A savepoint: a failure here must not cost the publish (`manage.py rebuild_search_entries` mends it).
        with transaction.atomic():
            update_page(page)
    except Exception:
        logger.exception("Could not index page %s for search", page.pk)


def on_unpublished(sender, instance, **kwargs):
    remove_page(instance)
