from django import template

from resources.blocks.training import ACTIVITY_FORMATS
from resources.models.training import format_minutes

register = template.Library()


@register.filter
def clock(minutes):
    """Minutes from the start of a session as a clock time from 0:00, e.g. 75 → '1:15'."""
    hours, rest = divmod(int(minutes or 0), 60)
    return f"{hours}:{rest:02d}"


@register.filter
def minutes(value):
    """A length in minutes, in words: '1 hour 15 minutes'."""
    return format_minutes(value)


@register.filter
def activity_format(value):
    return dict(ACTIVITY_FORMATS).get(value, "")
