"""Cards a visitor can show at reception: a guide's key rights and phrases, and a language ID card."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language, get_language_info, gettext
from wagtail.models import Locale

from website.models import SiteSettings
from website.translations import default_language, english_source, translated_first

from .models import GuidePage

CARD_BLOCK_TYPES = ("summary", "rights", "phrases")
MAX_PAGE_ID = 2**63 - 1  # the largest BigAutoField id


def _card_blocks(page):
    return {block.id: block for block in page.body if block.block_type in CARD_BLOCK_TYPES}


def reception_cards(request):
    """Every guide that has something to show at reception: this language's guides first, then the English
    ones, marked as English. The card itself always has the English half beside the reader's language."""
    language = get_language()
    english = GuidePage.objects.live().public().filter(locale__language_code=default_language())
    guides = translated_first(english, language).order_by("in_english", "path")
    cards = [
        {"page": guide, "url": reverse("reception_card", args=[guide.pk]), "in_english": guide.in_english}
        for guide in guides.only("id", "title", "summary", "body", "locale_id")
        if _card_blocks(guide)
    ]
    return render(request, "resources/reception_cards.html", {"cards": cards})


def reception_card(request, page_id):
    """A guide's 'In short', rights and phrases in the visitor's language beside English, in large type."""
    if page_id > MAX_PAGE_ID:  # larger than any database id: SQLite would raise OverflowError, not 404
        raise Http404
    page = get_object_or_404(GuidePage.objects.live().public(), pk=page_id)
    local = page.get_translation_or_none(Locale.get_active())
    local = local if local is not None and local.live else page
    english = (
        page if page.locale.language_code == default_language() else english_source(page, GuidePage, None)
    )
    english_blocks = _card_blocks(english) if english is not None and english.pk != local.pk else {}
    rows = [
        (block, english_blocks.get(block.id)) for block in local.body if block.block_type in CARD_BLOCK_TYPES
    ]
    return render(
        request,
        "resources/reception_card.html",
        {
            "guide": local,
            "english": english if english_blocks else None,
            "rows": rows,
            "local_language": get_language_info(local.locale.language_code),
        },
    )


def language_card(request, code=None):
    """'I speak Somali. Please book an interpreter. It is free for me.' in the visitor's language and English."""
    code = code or get_language()
    if code not in dict(settings.LANGUAGES):
        code = get_language()
    site_settings = SiteSettings.for_request(request)
    info = get_language_info(code)
    with translation.override(code):
        local = _card_lines(info["name_local"])
    with translation.override(default_language()):
        english = _card_lines(info["name"])
    cards = (
        [(c, get_language_info(c)) for c, _name in settings.LANGUAGES if c != default_language()]
        if code == default_language()
        else []
    )
    return render(
        request,
        "resources/language_card.html",
        {
            "card_language": info,
            "card_code": code,
            "local_lines": local,
            "english_lines": english if code != default_language() else None,
            "pin": site_settings.interpreting_pin,
            "cards": cards,
        },
    )


def _card_lines(language_name):
    return [
        gettext("I speak %(language)s.") % {"language": language_name},
        gettext("Please book an interpreter for me."),
        gettext("It is free for me. I do not have to pay."),
    ]
