from django import template
from django.utils import timezone
from wagtail.models import TaskState

from website.cache import cached_fragment
from website.groups import CLINICAL_REVIEWERS, PANEL

register = template.Library()


@register.simple_tag
def trust_line(page):
    """Who checked the version of this page that is live, and when — from the workflow record only.

    Returns {"date": date, "clinician": bool} when the live revision was approved by the lived-experience
    panel through a workflow, else None. One query per live revision, kept in the fragment cache (emptied
    whenever a page is published, so a revision approved later shows it).
    """
    revision_id = getattr(page, "live_revision_id", None)
    if not revision_id:
        return None
    return cached_fragment(f"trust:{revision_id}", lambda: _approval(revision_id)) or None


def _approval(revision_id):
    approved = list(
        TaskState.objects.filter(
            revision_id=revision_id,
            status=TaskState.STATUS_APPROVED,
            workflow_state__status="approved",
        ).values_list("finished_at", "task__quorumapprovaltask__groups__name")
    )
    panel_dates = [finished for finished, group in approved if group == PANEL and finished]
    if not panel_dates:
        return False  # kept in the cache as "no" (None is "not cached")
    return {
        "date": timezone.localtime(max(panel_dates)).date(),
        "clinician": any(group == CLINICAL_REVIEWERS for _finished, group in approved),
    }
