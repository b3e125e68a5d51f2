from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets import Button
from wagtail.log_actions import log

from website.groups import EDITORS, PANEL
from website.reports import report_urls

from .panels import DueForReviewPanel, WaitingForApprovalPanel
from .reviews import pages_due_for_review
from .translations import submit_for_approval, target_translation
from .views import review, send_for_approval

# --- Approval -----------------------------------------------------------------------------------------


@hooks.register("register_admin_urls")
def register_review_urls():
    return [
        path("review/<int:task_state_id>/", review, name="website_review"),
        path("send-for-approval/<int:page_id>/", send_for_approval, name="website_send_for_approval"),
    ]


# Before wagtail-localize's own hook (order 0), which answers every POST to a translation's edit URL and
# ignores Wagtail's workflow buttons.
@hooks.register("before_edit_page", order=-1)
def submit_translation(request, page):
    """Wagtail's "Submit" (or "Resubmit") on a translated page sends the translation, as translated."""
    if (
        request.method == "POST"
        and {"action-submit", "action-restart-workflow"} & set(request.POST)
        and target_translation(page) is not None
    ):
        submit_for_approval(request, page)
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("register_page_listing_more_buttons")
def send_for_approval_listing_button(page, user, next_url=None):
    if page.depth > 1 and not page.workflow_in_progress and page.permissions_for_user(user).can_edit():
        # An alias has no words of its own to approve: it is translated first.
        if (page.has_unpublished_changes or not page.live) and not page.alias_of_id:
            yield Button(
                _("Send for approval"),
                reverse("website_send_for_approval", args=[page.pk]),
                priority=25,
                icon_name="resubmit",
            )


@hooks.register("construct_homepage_panels")
def add_waiting_for_approval_panel(request, panels):
    # Ours replaces Wagtail's "Awaiting your review": it shows approvals so far and what changed.
    panels[:] = [p for p in panels if getattr(p, "name", "") != "workflow_objects_to_moderate"]
    panels.append(WaitingForApprovalPanel())


@hooks.register("register_log_actions")
def register_approval_log_actions(actions):
    actions.register_action(
        "website.quorum_approval", _("Approve (more approvals needed)"), _("Approved; more approvals needed")
    )
    actions.register_action(
        "website.direct_publish", _("Publish without approval"), _("Published without approval")
    )


def log_direct_publish(request, page):
    if "action-publish" in request.POST and request.user.is_superuser:
        log(
            instance=page,
            action="website.direct_publish",
            user=request.user,
            data={"reason": request.POST.get("publish_reason", "").strip()},
        )


@hooks.register("after_edit_page")
def after_edit_page(request, page):
    log_direct_publish(request, page)


@hooks.register("after_create_page")
def after_create_page(request, page):
    log_direct_publish(request, page)


# --- Review dates -------------------------------------------------------------------------------------


class DueForReviewReportView(ReportView):
    """Live pages whose "Next review due" date is within 30 days, or past."""

    page_title = _("Pages due for review")
    header_icon = "date"
    index_url_name = "due_for_review_report"
    index_results_url_name = "due_for_review_report_results"
    list_export = ["title", "locale", "next_review_due", "last_reviewed"]
    columns = [
        TitleColumn(
            "title", label=_("Page"), get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk])
        ),
        Column("locale", label=_("Language"), accessor="locale.get_display_name"),
        DateColumn("next_review_due", label=_("Next review due")),
        DateColumn("last_reviewed", label=_("Page last reviewed")),
    ]

    def get_queryset(self):
        return pages_due_for_review()

    def get_filename(self):
        return "pages-due-for-review"


@hooks.register("register_admin_urls")
def register_due_for_review_urls():
    return report_urls("due-for-review", DueForReviewReportView)


@hooks.register("register_reports_menu_item")
def register_due_for_review_menu_item():
    return MenuItem(_("Pages due for review"), reverse("due_for_review_report"), icon_name="date", order=910)


@hooks.register("construct_homepage_panels")
def add_due_for_review_panel(request, panels):
    if request.user.is_superuser or request.user.groups.filter(name__in=[EDITORS, PANEL]).exists():
        panels.append(DueForReviewPanel())
