"""Pages whose "Next review due" date is close or past: for the reminder email, the dashboard and a report."""

import datetime

from django.utils import timezone
from wagtail.models import get_page_models

from website.models import BasePage

REMINDER_DAYS = 30


def reviewable_models():
    return [model for model in get_page_models() if issubclass(model, BasePage) and not model._meta.abstract]


def pages_due_for_review(days=REMINDER_DAYS, today=None):
    """Live pages due for review within `days` (or overdue), soonest first. One query per page type."""
    today = today or timezone.localdate()
    cutoff = today + datetime.timedelta(days=days)
    pages = []
    for model in reviewable_models():
        pages += list(
            model.objects.live()
            .filter(next_review_due__isnull=False, next_review_due__lte=cutoff)
            .select_related("locale", "owner")
        )
    return sorted(pages, key=lambda p: (p.next_review_due, p.title))
