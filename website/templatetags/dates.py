from django import template

from website import dates

register = template.Library()


@register.filter
def local_date(value):
    """{{ page.date|local_date }}: the date in full in the page's language ("17 October 2026")."""
    return dates.local_date(value)
