"""Routing a page URL in one query, with the site, locale and each language's home page from the cache.

Wagtail's own routing asks the database for the site, the locale, the home page in the active language, and
then each level of the path one by one (two queries a level: the child, then its specific row). Here the
site, the locales and each language's home page come from the fragment cache (website/cache.py), and one
query fetches every page on the path at once by `url_path` (an index of ours: website 0013); which page a
path leads to is then kept in the fragment cache too (emptied whenever a page is published, unpublished,
moved or deleted), so a request usually makes one query: the page's own fields.

Exactly Wagtail's answer, or Wagtail's routing itself:
- a page that is not live is not found (a draft, or an unpublished page), whatever its parents;
- aliases are served as the pages they are (Wagtail does the same);
- a page under a routable page (RoutablePageMixin) whose own URLs match the rest of the path, or under a
  page type with its own `route()` (unless it says `tree_route = True`: it routes as Wagtail does), goes to
  Wagtail's routing; so does anything not found, so a 404 is Wagtail's 404;
- privacy is not decided here: Wagtail's `before_serve_page` check runs as usual, with the page's view
  restrictions from the cache (BasePage.get_view_restrictions).
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.utils.translation import get_language
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Locale, Page, Site

from .cache import cached_fragment, compiled_sql


def site_for_request(request):
    """Site.find_for_request from the fragment cache (Wagtail caches it on the request only)."""
    if getattr(request, "_wagtail_site", None) is not None:
        return request._wagtail_site
    host = request.get_host()
    try:
        port = request.get_port()
    except KeyError:
        port = None

    def build():
        site = Site.find_for_request(request)
        return site or False

    site = cached_fragment(f"site:{host}:{port}", build)
    request._wagtail_site = site or None
    return request._wagtail_site


def locales():
    """{language code: Locale}, one query per fragment generation."""
    return cached_fragment(
        "locales", lambda: {locale.language_code: locale for locale in Locale.objects.all()}
    )


def active_locale():
    code = get_language() or settings.LANGUAGE_CODE
    found = locales()
    return found.get(code) or found.get(code.split("-")[0])


def localized_root(site, locale):
    """The site's home page in this language (Page.localized: the live translation, else the root itself),
    as (id, path, url_path)."""

    def build():
        root = Page.objects.only("id", "path", "url_path", "translation_key", "locale_id").get(
            pk=site.root_page_id
        )
        if locale is not None and locale.pk != root.locale_id:
            translated = (
                Page.objects.filter(translation_key=root.translation_key, locale=locale, live=True)
                .only("id", "path", "url_path")
                .first()
            )
            root = translated or root
        return (root.pk, root.path, root.url_path)

    return cached_fragment(f"root:{site.pk}:{locale.pk if locale else ''}", build)


def _answers_itself(page, remaining):
    """Whether this page on the way (not the last) could answer the rest of the path itself."""
    cls = page.specific_class
    if issubclass(cls, RoutablePageMixin):
        if not page.live:
            return False  # Wagtail tries a routable page's own URLs only when it is live
        try:
            cls.get_resolver().resolve("/" + "".join(f"{c}/" for c in remaining))
        except Http404:
            return False
        return True
    return cls.route is not Page.route and not getattr(cls, "tree_route", False)


def fast_route(request, path):
    """Wagtail's RouteResult for this path, or None when only Wagtail's routing can say (see above)."""
    site = site_for_request(request)
    if site is None:
        return None
    root_id, root_path, root_url_path = localized_root(site, active_locale())
    components = [component for component in path.split("/") if component]
    # A path that leads to no page (None) is not kept: made-up paths never fill the cache.
    found = cached_fragment(
        f"route:{site.pk}:{root_path}:{'/'.join(components)}",
        lambda: _resolve(root_path, root_url_path, components),
    )
    if found is None:
        return None
    pk, content_type_id = found
    cls = ContentType.objects.get_for_id(content_type_id).model_class()
    page = _live_page(cls, pk) if cls is not None else None
    if page is None:
        return None
    # The page's language from the cache too (page.locale would be a query of its own).
    locale = next((loc for loc in locales().values() if loc.pk == page.locale_id), None)
    if locale is not None:
        Page.locale.field.set_cached_value(page, locale)
    try:
        return page.route(request, [])
    except Http404:
        return None


_PK = -7_654_321  # stands for the page's id while its query is compiled


def _live_page(cls, pk):
    """`cls.objects.filter(pk=pk, live=True).first()`, with the SQL built once per page type."""
    sql, params = compiled_sql(("live-page", cls), lambda: cls.objects.filter(pk=_PK, live=True))
    found = list(cls.objects.raw(sql, [pk if value == _PK else value for value in params]))
    return found[0] if found else None


def _resolve(root_path, root_url_path, components):
    """(id, content type id) of the live page at this path under the home page, when the tree alone
    decides it; one query for every page on the path at once."""
    prefixes = [root_url_path + "".join(f"{c}/" for c in components[:n]) for n in range(len(components) + 1)]
    chain = {
        page.url_path: page
        for page in Page.objects.filter(url_path__in=prefixes, path__startswith=root_path).only(
            "id", "path", "depth", "url_path", "content_type_id", "live"
        )
    }
    if len(chain) != len(prefixes):
        return None  # not a page (or under a routable page): Wagtail decides
    levels = [chain[prefix] for prefix in prefixes]
    if any(page.specific_class is None for page in levels):
        return None
    if any(_answers_itself(page, components[n:]) for n, page in enumerate(levels[:-1])):
        return None
    target = levels[-1]
    if not target.live:
        return None
    return (target.pk, target.content_type_id)
