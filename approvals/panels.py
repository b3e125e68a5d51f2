"""The approval workflow's dashboard panels: pages waiting for this member's approval, pages due for review."""

from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Page, TaskState

from .reviews import pages_due_for_review
from .views import review_context


class WaitingForApprovalPanel(Component):
    """Dashboard: pages waiting at a step this member can act on, with how many approvals they have."""

    name = "waiting_for_your_approval"
    template_name = "approvals/admin/waiting_for_approval_panel.html"
    order = 50

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        states = (
            TaskState.objects.reviewable_by(request.user)
            .filter(status=TaskState.STATUS_IN_PROGRESS)
            .select_related("workflow_state", "workflow_state__requested_by", "task")
            .order_by("-started_at")[:50]
        )
        items = []
        for state in states:
            if not isinstance(state.workflow_state.content_object, Page):
                continue
            items.append(
                review_context(state, request) | {"review_url": reverse("website_review", args=[state.pk])}
            )
        return {"items": items, "request": request}


class DueForReviewPanel(Component):
    name = "due_for_review"
    template_name = "approvals/admin/due_for_review_panel.html"
    order = 60

    def get_context_data(self, parent_context):
        return {"pages": pages_due_for_review()[:10], "today": timezone.localdate()}
