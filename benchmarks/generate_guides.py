#!/usr/bin/env python
"""Add N published guides to the demo content, fast (for benchmarks/bench.py's scale mode).

    DJANGO_SETTINGS_MODULE=website.settings.dev DATABASE_URL=postgres://… python benchmarks/generate_guides.py 10000

Each new guide copies a demo guide's content (its blocks, topic and review dates) under a new title and slug,
in English, spread over the topics; one in ten also gets an Arabic translation under the Arabic guide index.
Rows are written in bulk (the page tree's paths computed here, as treebeard would), then both search indexes
(the admin's, and the site's own in search/) are brought up to date for them and PostgreSQL's statistics
refreshed (VACUUM ANALYZE).
"""

import os
import sys
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.dev")

import django  # noqa: E402

django.setup()

from django.db import connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402

from resources.models import GuideIndexPage, GuidePage, Topic  # noqa: E402

ALPHABET = Page.alphabet
STEPLEN = Page.steplen


def encode(number):
    digits = ""
    while number:
        number, remainder = divmod(number, len(ALPHABET))
        digits = ALPHABET[remainder] + digits
    return digits.rjust(STEPLEN, ALPHABET[0])


def add_children(parent, template, titles, locale, translation_keys=None):
    last = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).order_by("-path").first()
    start = int(last.path[-STEPLEN:], len(ALPHABET)) + 1 if last else 1
    now = timezone.now()
    topics = list(Topic.objects.filter(locale=locale)) or [None]
    pages = []
    for n, (title, slug) in enumerate(titles):
        pages.append(
            Page(
                title=title,
                draft_title=title,
                slug=slug,
                content_type_id=template.content_type_id,
                live=True,
                has_unpublished_changes=False,
                url_path=f"{parent.url_path}{slug}/",
                path=parent.path + encode(start + n),
                depth=parent.depth + 1,
                numchild=0,
                translation_key=translation_keys[n] if translation_keys else uuid.uuid4(),
                locale=locale,
                first_published_at=now,
                last_published_at=now,
            )
        )
    created = Page.objects.bulk_create(pages, batch_size=1000)
    ids = (
        [p.pk for p in created]
        if created[0].pk
        else list(
            Page.objects.filter(path__in=[p.path for p in pages])
            .order_by("path")
            .values_list("pk", flat=True)
        )
    )
    table = GuidePage._meta.db_table
    columns = [
        f.column for f in GuidePage._meta.local_concrete_fields if f.column not in ("page_ptr_id", "topic_id")
    ]
    with connection.cursor() as cursor:
        for n, page_id in enumerate(ids):
            topic = topics[n % len(topics)]
            cursor.execute(
                f"INSERT INTO {table} (page_ptr_id, topic_id, {', '.join(columns)}) "  # noqa: S608
                f"SELECT %s, %s, {', '.join(columns)} FROM {table} WHERE page_ptr_id = %s",
                [page_id, topic.pk if topic else None, template.pk],
            )
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(ids))
    return ids, [p.translation_key for p in pages]


def main(count):
    english = Locale.objects.get(language_code="en")
    arabic = Locale.objects.get(language_code="ar")
    index = GuideIndexPage.objects.get(locale=english)
    template = GuidePage.objects.filter(locale=english).live().first()
    with transaction.atomic():
        titles = [(f"Generated guide {n}: how to get care", f"generated-guide-{n}") for n in range(count)]
        _ids, keys = add_children(index, template, titles, english)
        arabic_index = GuideIndexPage.objects.filter(locale=arabic).first()
        arabic_template = GuidePage.objects.filter(locale=arabic).live().first()
        if arabic_index and arabic_template:
            share = range(0, count, 10)
            add_children(
                arabic_index,
                arabic_template,
                [(f"دليل رقم {n}: كيف تحصل على الرعاية", f"generated-guide-{n}") for n in share],
                arabic,
                [keys[n] for n in share],
            )
    from wagtail.search.backends import get_search_backend

    from search.indexing import update_page

    backend = get_search_backend()
    pages = GuidePage.objects.filter(slug__startswith="generated-guide-")
    for start in range(0, pages.count(), 500):
        batch = list(pages.order_by("pk")[start : start + 500])
        backend.add_bulk(GuidePage, batch)  # the admin's search
        for page in batch:
            update_page(page)  # the site's search (search/): what visitors' searches read
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # As autovacuum would later: the planner sees the new rows' numbers, and the visibility map lets
            # searches read the words index alone (index-only scans).
            cursor.execute("VACUUM ANALYZE")
    print(f"Generated {count:,} guides ({len(range(0, count, 10)):,} with an Arabic translation).")


if __name__ == "__main__":
    main(int(sys.argv[1]))
