"""How each page stands in each language: for the public notices and the editors' status table."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
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


def status_table(source_pages):
    """[(source page, [(language code, name, status, translated page or None)])] for English source pages.

    Three queries, however many pages and languages.
    """
    from wagtail.models import WorkflowState

    languages = [(code, name) for code, name in settings.LANGUAGES if code != default_language()]
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
