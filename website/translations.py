"""How each page stands in each language: for the public notices and the editors' status table."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import BooleanField, Case, Q, Value, When
from django.http import Http404
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

UP_TO_DATE = "up-to-date"
OUT_OF_DATE = "out-of-date"
MISSING = "missing"
AWAITING = "awaiting-approval"
DRAFT = "draft"


def default_language():
    """The site's default language (English): the language every page is written in first."""
    return settings.LANGUAGE_CODE


def is_stale(page, source):
    """A translation is out of date when its English source was published after the translation was."""
    return bool(
        source is not None
        and source.last_published_at
        and page.last_published_at
        and source.last_published_at > page.last_published_at
    )


def reader_language(page, request):
    """The language the reader reads in: the page's own, or, on an English page opened from another
    language's links (?untranslated=pl), that language."""
    language = page.locale.language_code
    if language == default_language() and request is not None:
        asked = request.GET.get("untranslated", "")
        if asked in dict(settings.LANGUAGES):
            return asked
    return language


def translated_and_untranslated(english_pages, language, public=True):
    """Two querysets: the live (and, unless `public=False`, public) translations of `english_pages` into
    `language`, and the English pages not translated into it yet. For a short list, taking a few of each in
    the tree's order reads only those rows; `translated_first` joins them for lists the database pages."""
    model = english_pages.model
    translated = model.objects.live().public() if public else model.objects.live()
    translated = translated.filter(
        locale__language_code=language, translation_key__in=english_pages.values("translation_key")
    )
    return translated, english_pages.exclude(translation_key__in=translated.values("translation_key"))


def translated_first(english_pages, language, public=True):
    """The pages of `english_pages` (a queryset of live, public pages in the default language) in `language`:
    their live, public translations first, then, for those not translated yet, the English page. Each page is
    annotated `in_english`. One queryset, so the database orders, filters and paginates it; order it by
    `in_english` first to keep the translated ones on top. `public=False` keeps private translations too
    (for lists that show them marked, like trainee-only courses)."""
    model = english_pages.model
    if language == default_language():
        return english_pages.annotate(in_english=Value(False, output_field=BooleanField()))
    translated, untranslated = translated_and_untranslated(english_pages, language, public)
    return model.objects.filter(
        Q(pk__in=translated.values("pk")) | Q(pk__in=untranslated.values("pk"))
    ).annotate(
        in_english=Case(
            When(locale__language_code=language, then=Value(False)),
            default=Value(True),
            output_field=BooleanField(),
        )
    )


def reader_url(page, request, language):
    """A page's address for a reader of `language`: an English page carries ?untranslated=<language> so it
    says it is not translated yet (and its own lists keep offering that language)."""
    url = page.get_url(request)
    if url and language != default_language() and page.locale.language_code != language:
        return f"{url}?untranslated={language}"
    return url


def english_version(page):
    """The page itself if it is in the default language, else its live English source (or the page)."""
    if page.locale.language_code == default_language():
        return page
    return english_source(page, type(page), None) or page


def english_source(page, model=Page, fields=("id", "last_published_at", "title"), live=True):
    """The page in the default language that `page` translates (one query), or None for a page that is in the
    default language itself. `model` and `fields` say what to load; `live=False` also finds a draft."""
    if page.locale.language_code == default_language():
        return None
    pages = model.objects.live() if live else model.objects.all()
    pages = pages.filter(translation_key=page.translation_key, locale__language_code=default_language())
    return (pages.only(*fields) if fields else pages).first()


def status_of(translation, source, in_workflow=False):
    if translation is None:
        return MISSING
    if in_workflow:
        return AWAITING
    if not translation.live:
        return DRAFT
    if is_stale(translation, source):
        return OUT_OF_DATE
    return UP_TO_DATE


def status_table(source_pages, only=None):
    """[(source page, [(language code, name, status, translated page or None)])] for English source pages,
    in every language or only the one named.

    Three queries, however many pages and languages.
    """
    from wagtail.models import WorkflowState

    languages = [
        (code, name)
        for code, name in settings.LANGUAGES
        if code != default_language() and only in (None, code)
    ]
    keys = [p.translation_key for p in source_pages]
    pages = list(
        Page.objects.filter(translation_key__in=keys)
        .exclude(locale__language_code=default_language())
        .select_related("locale")
    )
    in_workflow = set(
        WorkflowState.objects.active()
        .filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=[str(p.pk) for p in pages],
        )
        .values_list("object_id", flat=True)
    )
    translations = {(p.translation_key, p.locale.language_code): p for p in pages}
    table = []
    for source in source_pages:
        row = []
        for code, name in languages:
            translated = translations.get((source.translation_key, code))
            busy = translated is not None and str(translated.pk) in in_workflow
            row.append((code, name, status_of(translated, source, busy), translated))
        table.append((source, row))
    return table


def english_page_for(request, path):
    """The live English page at the same address as `path` in another language, or None.

    Translations keep the English slugs, so /pl/guides/register-with-a-gp/ and
    /en/guides/register-with-a-gp/ are the same guide.
    """
    language = get_language()
    prefix = f"/{language}/"
    if language == default_language() or not path.startswith(prefix):
        return None
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page.specific
    if root.locale.language_code != default_language():
        root = root.get_translation(Locale.objects.get(language_code=default_language())).specific
    components = [part for part in path[len(prefix) :].split("/") if part]
    try:
        page, _args, _kwargs = root.route(request, components)
    except Http404:
        return None
    if not page.live:
        return None
    return page
