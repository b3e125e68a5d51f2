"""Keep SearchEntry in step with what is live: written on publish and unpublish, never while searching."""

import logging

from django.db import connection, transaction
from django.utils.html import strip_tags
from wagtail.models import Page
from wagtail.search import index

from .models import SearchEntry
from .text import POSTGRES_CONFIGS, indexed

logger = logging.getLogger(__name__)

TITLE_FIELDS = {"title", "seo_title"}
WORDS_FIELDS = {"search_words"}
SUMMARY_FIELDS = {"summary", "search_description"}


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


def update_page(page):
    """Write (or remove) the entry of one page from its live content."""
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


def remove_page(page):
    SearchEntry.objects.filter(page_id=page.pk).delete()


def rebuild():
    """Every live page again (manage.py rebuild_search_entries); returns how many are indexed."""
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
