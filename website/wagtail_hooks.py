from django.db.models import Count, Max, Q
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.log_actions import log
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import PageTypeWorkflow


class PageFeedbackReportView(ReportView):
    """How many people said each page was useful, or not. There is nothing else to show: nothing else is kept."""

    page_title = _("Is this page useful?")
    header_icon = "help"
    index_url_name = "page_feedback_report"
    index_results_url_name = "page_feedback_report_results"
    list_export = ["title", "locale", "useful", "not_useful", "last_answer"]
    export_headings = {"useful": _("Useful"), "not_useful": _("Not useful"), "last_answer": _("Last answer")}
    columns = [
        TitleColumn(
            "title", label=_("Page"), get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk])
        ),
        Column("locale", label=_("Language"), accessor="locale.get_display_name"),
        Column("useful", label=_("Useful")),
        Column("not_useful", label=_("Not useful")),
        DateColumn("last_answer", label=_("Last answer")),
    ]

    def get_queryset(self):
        return (
            Page.objects.annotate(
                useful=Count("feedback", filter=Q(feedback__useful=True)),
                not_useful=Count("feedback", filter=Q(feedback__useful=False)),
                last_answer=Max("feedback__date"),
            )
            .filter(last_answer__isnull=False)
            .select_related("locale")
            .order_by("-not_useful", "-last_answer")
        )

    def get_filename(self):
        return "page-feedback"


def report_urls(slug, view_class):
    """A report's page and the results-only view Wagtail's filters fetch, named as the view expects."""
    return [
        path(f"reports/{slug}/", view_class.as_view(), name=view_class.index_url_name),
        path(
            f"reports/{slug}/results/",
            view_class.as_view(results_only=True),
            name=view_class.index_results_url_name,
        ),
    ]


@hooks.register("register_admin_urls")
def register_feedback_report_urls():
    return report_urls("page-feedback", PageFeedbackReportView)


@hooks.register("register_reports_menu_item")
def register_feedback_report_menu_item():
    return MenuItem(_("Page feedback"), reverse("page_feedback_report"), icon_name="help", order=900)


# --- Approval -----------------------------------------------------------------------------------------


@hooks.register("register_admin_urls")
def register_review_urls():
    from .review import review, send_for_approval, translation_status

    return [
        path("reports/translation-status/", translation_status, name="website_translation_status"),
        path("review/<int:task_state_id>/", review, name="website_review"),
        path("send-for-approval/<int:page_id>/", send_for_approval, name="website_send_for_approval"),
    ]


@hooks.register("register_page_listing_more_buttons")
def send_for_approval_listing_button(page, user, next_url=None):
    from wagtail.admin.widgets import Button

    if page.depth > 1 and not page.workflow_in_progress and page.permissions_for_user(user).can_edit():
        if page.has_unpublished_changes or not page.live:
            yield Button(
                _("Send for approval"),
                reverse("website_send_for_approval", args=[page.pk]),
                priority=25,
                icon_name="resubmit",
            )


@hooks.register("construct_homepage_panels")
def add_waiting_for_approval_panel(request, panels):
    from .review import WaitingForApprovalPanel

    # Ours replaces Wagtail's "Awaiting your review": it shows approvals so far and what changed.
    panels[:] = [p for p in panels if getattr(p, "name", "") != "workflow_objects_to_moderate"]
    panels.append(WaitingForApprovalPanel())


@hooks.register("register_log_actions")
def register_website_log_actions(actions):
    actions.register_action(
        "website.quorum_approval", _("Approve (more approvals needed)"), _("Approved; more approvals needed")
    )
    actions.register_action(
        "website.direct_publish", _("Publish without approval"), _("Published without approval")
    )
    actions.register_action(
        "website.publish_refused", _("Publish refused"), _("Not published: the workflow has not approved it")
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


class PageTypeWorkflowViewSet(SnippetViewSet):
    model = PageTypeWorkflow
    icon = "tasks"
    menu_label = _("Workflows by page type")
    add_to_settings_menu = True
    list_display = ["content_type", "workflow"]


register_snippet(PageTypeWorkflowViewSet)


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
        from .reviews import pages_due_for_review

        return pages_due_for_review()

    def get_filename(self):
        return "pages-due-for-review"


class DueForReviewPanel(Component):
    name = "due_for_review"
    template_name = "website/admin/due_for_review_panel.html"
    order = 60

    def get_context_data(self, parent_context):
        from django.utils import timezone

        from .reviews import pages_due_for_review

        return {"pages": pages_due_for_review()[:10], "today": timezone.localdate()}


@hooks.register("register_admin_urls")
def register_due_for_review_urls():
    return report_urls("due-for-review", DueForReviewReportView)


@hooks.register("register_reports_menu_item")
def register_due_for_review_menu_item():
    return MenuItem(_("Pages due for review"), reverse("due_for_review_report"), icon_name="date", order=910)


@hooks.register("construct_homepage_panels")
def add_due_for_review_panel(request, panels):
    if (
        request.user.is_superuser
        or request.user.groups.filter(name__in=["Editors", "Lived experience panel"]).exists()
    ):
        panels.append(DueForReviewPanel())


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return MenuItem(
        _("Translation status"), reverse("website_translation_status"), icon_name="site", order=920
    )


@hooks.register("register_page_listing_more_buttons")
def translation_status_listing_button(page, user, next_url=None):
    from wagtail.admin.widgets import Button

    if page.depth > 1:
        # The report finds the page's source in the site's default language itself: no query per listed page.
        url = reverse("website_translation_status") + f"?page={page.pk}"
        yield Button(_("Translation status"), url, priority=60, icon_name="site")
