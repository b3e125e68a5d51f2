import functools

from django import template
from django.conf import settings
from django.db.models import Q
from django.urls import translate_url
from django.utils import timezone
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page

from website.cache import cached_fragment
from website.routing import active_locale, site_for_request
from website.seo import absolute_url
from website.translations import default_language, english_source, is_stale

register = template.Library()


def _language(code, url, current, request, translation=True):
    info = get_language_info(code)
    return {
        "code": code,
        "name_local": info["name_local"],
        "bidi": info["bidi"],
        "url": url,
        "current": current,
        # For search engines (base.html's <head>): the absolute URL, and whether it is a real translation
        # rather than another language's page shown as is (an alias), and whether it is the default language.
        "full_url": request.build_absolute_uri(url) if url and request is not None else url,
        "translation": translation,
        "default": code == default_language(),
    }


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """The languages this page really exists in (live), each with its URL.

    Pages list only their live translations. Other views (search, error pages) list every language.
    """
    request = context.get("request")
    current = get_language()
    if isinstance(page, Page) and page.pk and request is not None:
        host = f"{request.scheme}://{request.get_host()}"
        return cached_fragment(
            f"language-links:{host}:{page.pk}:{current}", lambda: _page_language_links(request, page, current)
        )
    if isinstance(page, Page) and page.pk:
        return _page_language_links(request, page, current)
    path = request.path if request else "/"
    query = request.META.get("QUERY_STRING", "") if request else ""
    # No page, so no <link rel="alternate"> in the head: the absolute URLs are not needed (request=None).
    return [
        _language(code, _translated_path(path, code) + (f"?{query}" if query else ""), code == current, None)
        for code, _name in settings.LANGUAGES
    ]


@functools.lru_cache(maxsize=512)
def _translated_path(path, code):
    """translate_url for a path without its query string: the same path in another language, which depends on
    the URL patterns only (so it is kept, a bounded number of them per process)."""
    return translate_url(path, code)


def _page_language_links(request, page, current):
    translations = (
        page.get_translations(inclusive=True)
        .live()
        .select_related("locale")
        .only("id", "url_path", "locale__language_code", "path", "depth", "alias_of")
    )
    by_code = {p.locale.language_code: p for p in translations}
    return [
        _language(
            code,
            by_code[code].get_url(request),
            code == current,
            request,
            translation=by_code[code].alias_of_id is None,
        )
        for code, _name in settings.LANGUAGES
        if code in by_code
    ]


@register.simple_tag(takes_context=True)
def canonical_url(context, page):
    """The page's own absolute URL, without the query string: <link rel="canonical">."""
    return absolute_url(page, context.get("request"))


@register.filter
def tel(number):
    """A phone number as a tel: link target: digits and a leading plus only."""
    number = str(number or "")
    digits = "".join(ch for ch in number if ch.isdigit())
    return f"+{digits}" if number.strip().startswith("+") else digits


# Open Graph wants language_TERRITORY. Where a language is spoken in many places, name the one most of our
# visitors' link previews should use; the rest become e.g. "ar", "so".
OG_LOCALES = {"en": "en_GB", "zh-hans": "zh_CN"}


@register.filter
def og_locale(code):
    """A language code as an Open Graph locale: en → en_GB, zh-hans → zh_CN, pl → pl."""
    from django.utils.translation import to_locale

    code = str(code or "").lower()
    return OG_LOCALES.get(code) or to_locale(code)


FOOTER_SLUGS = ("about", "privacy", "accessibility", "contact", "staying-safe-online")


def _footer_key(slug):
    return next((s for s in FOOTER_SLUGS if slug == s or slug.startswith(f"{s}-")), None)


def is_footer_slug(slug):
    """Whether a page with this slug may be in every page's footer (publishing it changes every page)."""
    return _footer_key(slug or "") is not None


@register.simple_tag(takes_context=True)
def footer_links(context):
    """About us, privacy, accessibility statement, contact and staying safe online, in the active language.

    A page not translated yet links to the English page, marked as English, with the "not translated yet"
    notice (?untranslated=<language>). One query per language and site, kept in the fragment cache until a
    page is published. A slug may carry a suffix ("privacy-policy", "contact-ar"); the shallowest match wins.
    """
    request = context.get("request")
    locale = active_locale()
    if locale is None:
        return []
    site = site_for_request(request) if request is not None else None
    return cached_fragment(
        f"footer:{site.pk if site else ''}:{request.get_host() if request else ''}:{locale.language_code}",
        lambda: _footer_links(request, locale),
    )


def _footer_links(request, locale):
    language = locale.language_code
    match = Q()
    for slug in FOOTER_SLUGS:
        match |= Q(slug=slug) | Q(slug__startswith=f"{slug}-")
    pages = (
        Page.objects.live()
        .public()
        .filter(match, locale__language_code__in={language, default_language()})
        .order_by("depth", "path")
        .only("id", "title", "slug", "url_path", "path", "depth", "locale_id")
    )
    found = {}
    for candidate in pages:
        key = _footer_key(candidate.slug)
        translated = candidate.locale_id == locale.pk
        if key and (key not in found or (translated and not found[key][1])):
            found[key] = (candidate, translated)
    links = []
    for slug in FOOTER_SLUGS:
        if slug not in found:
            continue
        page, translated = found[slug]
        url = page.get_url(request)
        if not url:
            continue
        if translated:
            links.append({"title": page.title, "url": url})
        else:
            links.append({"title": page.title, "url": f"{url}?untranslated={language}", "lang": "en"})
    return links


@register.simple_tag
def untranslated_language(request):
    """The language a visitor came from when the page isn't in it yet (?untranslated=pl), else None."""
    code = request.GET.get("untranslated", "") if request is not None else ""
    if code not in dict(settings.LANGUAGES) or code == default_language():
        return None
    info = get_language_info(code)
    return {"code": code, "name_local": info["name_local"], "bidi": info["bidi"]}


@register.simple_tag(takes_context=True)
def translation_staleness(context, page):
    """For a translation whose English page was published after it: {"changed_on": date, "url": English URL}."""
    request = context.get("request")

    def build():
        source = english_source(page)
        if not is_stale(page, source):
            return False
        return {
            "changed_on": timezone.localtime(source.last_published_at).date(),
            "url": source.get_url(request),
        }

    if not page.pk:
        return build() or None
    host = request.get_host() if request is not None else ""
    return cached_fragment(f"staleness:{host}:{page.pk}", build) or None


@register.filter
def page_links(page_obj):
    """The page numbers a pagination bar shows: the first and last, two either side of this one, and
    Paginator.ELLIPSIS for each gap. Worked out without going through every page number, so a list of
    thousands of screens costs the same as a list of ten."""
    return list(page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1))


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    """[{"title", "url"}] of the page's ancestors below the site root (BasePage.get_breadcrumbs), kept in the
    fragment cache (emptied whenever a page is published, moved or made private)."""
    request = context.get("request")

    def build():
        ancestors = page.get_breadcrumbs() if hasattr(page, "get_breadcrumbs") else []
        return [{"title": crumb.title, "url": crumb.get_url(request)} for crumb in ancestors]

    if not page.pk or getattr(request, "is_preview", False) or request is None:
        return build()
    return cached_fragment(f"breadcrumbs:{request.scheme}://{request.get_host()}:{page.pk}", build)


class KeptPartNode(template.Node):
    """What {% cachedpart %} (with a page) and {% sitepart %} (page None) keep in the fragment cache."""

    def __init__(self, nodelist, name, page=None, vary=None):
        self.nodelist, self.name, self.page, self.vary = nodelist, name, page, vary

    def scope(self, context):
        """The page and its live revision the part is kept for ("site" for a site part), or None: not kept."""
        if self.page is None:
            return ("site",)
        page = self.page.resolve(context)
        live_revision = getattr(page, "live_revision_id", None)
        if not live_revision and getattr(page, "live", False) and (getattr(page, "depth", 0) or 0) <= 2:
            # A home page made by a migration and never published through a revision: any save of it empties
            # the fragment cache (website/apps.py, _page_saved).
            live_revision = "unrevised"
        return (page.pk, live_revision) if live_revision else None

    def render(self, context):
        request = context.get("request")
        scope = None if request is None or getattr(request, "is_preview", False) else self.scope(context)
        if scope is None:
            return self.nodelist.render(context)
        key = ":".join(
            str(part)
            for part in (
                "part",
                self.name,
                f"{request.scheme}://{request.get_host()}",
                get_language(),
                *scope,
                timezone.localdate().isoformat(),  # "due to be checked again" and other dates
                self.vary.resolve(context) if self.vary is not None else "",
            )
        )
        return cached_fragment(key, lambda: self.nodelist.render(context))


def _kept_part(parser, token, with_page):
    bits = token.split_contents()
    wanted = 3 if with_page else 2
    if len(bits) not in (wanted, wanted + 1):
        what = "a name, a page" if with_page else "a name"
        raise template.TemplateSyntaxError(f"{bits[0]} takes {what} and optionally what else it varies by")
    nodelist = parser.parse((f"end{bits[0]}",))
    parser.delete_first_token()
    page = parser.compile_filter(bits[2]) if with_page else None
    vary = parser.compile_filter(bits[wanted]) if len(bits) > wanted else None
    return KeptPartNode(nodelist, bits[1].strip("\"'"), page, vary)


@register.tag
def cachedpart(parser, token):
    """{% cachedpart "name" page %}…{% endcachedpart %}: what is between, rendered once per live revision of
    the page, language, site and day, and kept in the fragment cache, which publishing, moving, deleting or
    changing who may see any page empties (website/cache.py); so links to other pages, their titles and
    lists stay right. Never cached in a preview. Put nothing there that depends on the visitor or the query
    string (a form's token, ?feedback=thanks, the signed-in user's name). A third argument names one more
    thing the part depends on, kept apart by its value: {% cachedpart "tools" page signed_in_user|yesno %}."""
    return _kept_part(parser, token, with_page=True)


@register.tag
def sitepart(parser, token):
    """{% sitepart "name" %}…{% endsitepart %}: a piece every page of the site shows the same (the footer, the
    quick exit), rendered once per site, language and day, whatever the page or view, and kept like a
    cachedpart; it too takes one more thing it varies by ({% sitepart "footer" signed_in_user|yesno %}).
    Put nothing there that depends on the page, the visitor or the query string."""
    return _kept_part(parser, token, with_page=False)
