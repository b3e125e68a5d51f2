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
    screens(client)


def screens(client):
    """The first and the last screen of the long lists: the guide index in English and Arabic, and the
    admin's translation status report (as a superuser past the two-step sign-in), which should cost the same
    whatever the number of pages."""
    from django.contrib.auth import get_user_model
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_static.models import StaticDevice

    from resources.models import GuideIndexPage

    print("First and last screens of the long lists (a number past the end gives the last screen):")
    lists = [
        (f"guide index {index.locale.language_code}", index.url, "page", client)
        for index in GuideIndexPage.objects.live().public().filter(locale__language_code__in=["en", "ar"])
    ]
    admin, _created = get_user_model().objects.get_or_create(
        username="bench-admin", defaults={"is_superuser": True, "is_staff": True}
    )
    device, _created = StaticDevice.objects.get_or_create(user=admin, name="bench")
    admin_client = Client(HTTP_HOST="localhost")
    admin_client.force_login(admin)
    session = admin_client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    lists.append(("translation status", "/admin/reports/translation-status/", "p", admin_client))
    for label, path, parameter, who in lists:
        for number, name in ((1, "first"), (99999, "last")):
            status, queries, size = count(who, f"{path}?{parameter}={number}")
            print(f"  {label:<24} {name:<6} {queries:>3} queries  {status}  {size:>8,} B")


if __name__ == "__main__":
    main(sys.argv[1:])
