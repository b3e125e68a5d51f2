"""For search engines: absolute page URLs and /sitemap.xml, every language listed with its real translations.

The sitemap lists every live, public page that is not marked sensitive, in every language, each with the
pages that really translate it (not aliases of another language's page) as hreflang alternates, and the
English page as x-default. Four queries, however big the site is.
"""

from collections import defaultdict
from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Q
from django.shortcuts import render
from django.views.decorators.http import require_safe
from wagtail.models import Page, Site, get_page_models

from .models import BasePage
from .translations import default_language


def absolute_url(page, request):
    """A page's absolute URL, on the host the visitor asked for (no query string)."""
    url = page.get_url(request)
    if url and request is not None:
        return request.build_absolute_uri(url)
    return page.get_full_url(request)


def sensitive_pages():
    """A subquery of the ids of pages marked sensitive, across every page type that has the flag."""
    relations = [
        model._meta.parents[Page].related_query_name()
        for model in get_page_models()
        if issubclass(model, BasePage) and Page in model._meta.parents
    ]
    return Page.objects.filter(reduce(or_, (Q(**{f"{r}__sensitive": True}) for r in relations))).values("pk")


def listed_pages(site):
    """Live, public, not sensitive, not aliases: under the site's home page in any language."""
    homes = Page.objects.filter(
        translation_key__in=Page.objects.filter(pk=site.root_page_id).values("translation_key")
    ).values_list("path", flat=True)
    under_a_home = reduce(or_, (Q(path__startswith=path) for path in homes), Q(pk__in=[]))
    return (
        Page.objects.live()
        .public()
        .filter(under_a_home, alias_of__isnull=True)
        .exclude(pk__in=sensitive_pages())
        .select_related("locale")
        .only("url_path", "path", "translation_key", "last_published_at", "locale", "locale__language_code")
        .order_by("path")
    )


@require_safe
def sitemap(request):
    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    order = {code: n for n, (code, _name) in enumerate(settings.LANGUAGES)}
    entries = []
    by_key = defaultdict(list)
    for page in listed_pages(site):
        url = absolute_url(page, request)
        if url:
            code = page.locale.language_code
            entry = {"url": url, "code": code, "lastmod": page.last_published_at, "alternates": []}
            entries.append(entry)
            by_key[page.translation_key].append(entry)
    for group in by_key.values():
        if len(group) > 1:
            group.sort(key=lambda e: order.get(e["code"], len(order)))
            for entry in group:
                entry["alternates"] = group
                entry["default"] = next((e for e in group if e["code"] == default_language()), None)
    return render(request, "website/sitemap.xml", {"entries": entries}, content_type="application/xml")
