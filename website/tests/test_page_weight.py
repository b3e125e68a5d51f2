"""A guide's and a training module's first load stay within the byte and request budget of PRODUCT.md (≤ 50 KB, ≤ 5 requests)."""

import gzip
import re

import pytest
from django.contrib.staticfiles import finders
from django.core.management import call_command

BUDGET_BYTES = 50 * 1024
BUDGET_REQUESTS = 5


def first_load_assets(html):
    # Every stylesheet, the print one included: browsers fetch it on load too, at low priority.
    assets = re.findall(r'<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"', html)
    assets += re.findall(r'<script[^>]+src="([^"]+)"', html)
    assets += re.findall(r'<img[^>]+src="([^"]+)"', html)
    return assets


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/en/guides/register-with-a-gp/",
        "/en/training/trauma-informed-primary-care/working-with-lived-experience/",
    ],
)
def test_first_load_is_within_budget(client, path):
    call_command("load_demo_content", verbosity=0)
    html = client.get(path).content.decode()
    assets = first_load_assets(html)
    assert all(a.startswith("/") and not a.startswith("//") for a in assets), assets
    total = len(gzip.compress(html.encode()))
    for url in assets:
        path = finders.find(url.removeprefix("/static/"))
        assert path, url
        with open(path, "rb") as f:
            total += len(gzip.compress(f.read()))
    assert 1 + len(assets) <= BUDGET_REQUESTS, assets
    assert total <= BUDGET_BYTES, f"{total} bytes"
