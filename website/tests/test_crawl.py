"""Every published public page can be reached by links from each language's home page, without the
language switcher: the pages in that language, and the English ones not translated into it. Every guide is
at most two clicks from the home page. Crawled over HTTP on the live site with the demo content."""

import json
import re
import urllib.error
import urllib.parse
import urllib.request
from collections import deque

import pytest

pytestmark = pytest.mark.browser

# Query parameters worth following: the language a reader came from and the pages of a list. Filters (topic,
# tag, kind) only narrow lists whose unfiltered pages already link to everything.
FOLLOWED_PARAMETERS = {"untranslated", "page"}
SKIPPED_PREFIXES = ("/admin/", "/documents/", "/static/", "/media/")

REQUIRED = """
import json
from django.conf import settings
from wagtail.models import Page
from resources.models import GuidePage
guides = set(GuidePage.objects.values_list("pk", flat=True))
pages = Page.objects.live().public().filter(depth__gt=1, alias_of__isnull=True).select_related("locale")
by_language = {}
for page in pages:
    by_language.setdefault(page.locale.language_code, {})[str(page.translation_key)] = page
required = {}
for code, _name in settings.LANGUAGES:
    own = by_language.get(code, {})
    chosen = list(own.values()) + [p for key, p in by_language["en"].items() if key not in own]
    required[code] = [{"url": p.get_url(), "guide": p.pk in guides} for p in chosen]
print(json.dumps(required))
"""


def links_in(html):
    """Same-site links of a page, leaving out the language switcher (which would make everything reachable)."""
    html = re.sub(r'<ul class="language-switcher__list">.*?</ul>', "", html, flags=re.S)
    return re.findall(r"<a\s[^>]*href=\"([^\"]+)\"", html)


def normalise(href, base_path):
    href = href.replace("&amp;", "&")
    parts = urllib.parse.urlsplit(urllib.parse.urljoin(base_path, href))
    if parts.scheme or parts.netloc or not parts.path.startswith("/"):
        return None
    if parts.path.startswith(SKIPPED_PREFIXES) or parts.path.endswith("/feed/"):
        return None
    query = [(k, v) for k, v in urllib.parse.parse_qsl(parts.query) if k in FOLLOWED_PARAMETERS]
    return parts.path + (f"?{urllib.parse.urlencode(query)}" if query else "")


def crawl(base, start):
    """{path: clicks from the start page} for every page reached by following links."""
    clicks = {start: 0}
    queue = deque([start])
    while queue:
        url = queue.popleft()
        try:
            with urllib.request.urlopen(base + url, timeout=20) as response:
                if not response.headers.get("Content-Type", "").startswith("text/html"):
                    continue
                html = response.read().decode()
        except urllib.error.HTTPError as error:
            raise AssertionError(
                f"{url} answered {error.code}, linked from a page reached from {start}"
            ) from error
        for href in links_in(html):
            target = normalise(href, url)
            if target and target not in clicks:
                clicks[target] = clicks[url] + 1
                queue.append(target)
    reached = {}
    for url, depth in clicks.items():
        path = url.split("?")[0]
        reached[path] = min(depth, reached.get(path, depth))
    return reached


@pytest.fixture(scope="module")
def required(live_site_shell):
    return json.loads(live_site_shell(REQUIRED).strip().splitlines()[-1])


@pytest.mark.parametrize(
    "code", ["en", "ar", "bn", "ckb", "fa", "pl", "ro", "so", "ti", "uk", "ur", "zh-hans"]
)
def test_every_public_page_is_reachable_from_the_home_page(live_site, required, code):
    reached = crawl(live_site, f"/{code}/")
    missing = [page["url"] for page in required[code] if page["url"] not in reached]
    assert not missing, f"not linked from anywhere reachable from /{code}/: {missing}"
    far = [(page["url"], reached[page["url"]]) for page in required[code] if page["guide"]]
    assert far and all(depth <= 2 for _url, depth in far), far
