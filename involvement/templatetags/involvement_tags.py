from babel.core import UnknownLocaleError
from babel.dates import format_date, format_time
from django import template
from django.utils import formats, timezone
from django.utils.translation import get_language

from website.dates import babel_locale

from ..models import people_who_raised

register = template.Library()


@register.filter
def local_day(value):
    """{{ page.starts_at|local_day }}: the day in full, with the weekday, in the page's language and in UK time
    ("Tuesday, 8 December 2026")."""
    if not value:
        return ""
    value = timezone.localtime(value)
    try:
        return format_date(value.date(), "full", locale=babel_locale(get_language()))
    except (UnknownLocaleError, ValueError):
        return formats.date_format(value, "l j F Y")


@register.filter
def local_time(value):
    """{{ page.starts_at|local_time }}: the time of day in UK time, as the page's language writes it ("18:00")."""
    if not value:
        return ""
    value = timezone.localtime(value)
    try:
        return format_time(value.time(), "short", locale=babel_locale(get_language()))
    except (UnknownLocaleError, ValueError):
        return formats.time_format(value, "H:i")


@register.inclusion_tag("involvement/components/people_raised.html")
def people_raised(post):
    """On a "You said, we did" post: how many people told us about what it answers (never their words)."""
    return {"count": people_who_raised(post)}
