#!/usr/bin/env python
"""SQL queries each public page type costs, uncached, in English and Arabic (for benchmarks/bench.py).

Run with the settings and database of the site under test. Arguments name extra pages: label=/path/.
Every live, public page type is measured in both languages (one page of each), after one warm-up request,
with a cookie so that the page cache passes the request through. Prints one line a page; "OVER" marks a page
above the budget of 12.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.production")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from wagtail.models import Page  # noqa: E402

BUDGET = 12


def count(client, path):
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    return response.status_code, len(queries), len(response.content)


def main(extra):
    client = Client(HTTP_HOST="localhost")
    client.cookies["bench"] = "uncached"
    pages = {}
    for language in ("en", "ar"):
        for page in (
            Page.objects.live()
            .public()
            .filter(locale__language_code=language, depth__gt=1)
            .select_related("content_type")
            .order_by("path")
        ):
            pages.setdefault(f"{page.content_type.model} {language}", page.url)
    pages.update(dict(item.split("=", 1) for item in extra))
    for label, path in sorted(pages.items()):
        status, queries, size = count(client, path)
        flag = "OVER" if queries > BUDGET else "ok"
        print(f"  {label:<32} {queries:>3} queries  {status}  {size:>8,} B  {flag:<4} {path}")


if __name__ == "__main__":
    main(sys.argv[1:])
