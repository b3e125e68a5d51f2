"""Dates in the visitor's language, from the Unicode CLDR data that Babel carries.

Django has no locale data for Somali or Tigrinya, so its date filter writes "17 October 2026" on their
pages. Babel knows every language of the site: "Oktoobar 17, 2026", "ጥቅምቲ 17, 2026", "17 أكتوبر 2026".
"""

import datetime

from babel.core import UnknownLocaleError
from babel.dates import format_date
from django.utils import formats, timezone
from django.utils.translation import get_language, to_locale

# Where a language is written differently in different places, the CLDR locale our visitors use.
BABEL_LOCALES = {"en": "en_GB"}


def babel_locale(code):
    """A Django language code as a CLDR locale: en → en_GB, zh-hans → zh_Hans, so → so."""
    code = (code or "").lower()
    return BABEL_LOCALES.get(code) or to_locale(code)


def local_date(value, language=None):
    """A date (or datetime) written out in full in the active language, e.g. "17 October 2026".

    Falls back to Django's own date format if Babel does not know the language.
    """
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    try:
        return format_date(value, "long", locale=babel_locale(language or get_language()))
    except (UnknownLocaleError, ValueError):
        return formats.date_format(value, "j F Y")
