from django.db.models import Count, Max, Q
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import PageTypeWorkflow
from .reports import report_urls
from .translation_report import translation_status


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


@hooks.register("register_admin_urls")
def register_feedback_report_urls():
    return report_urls("page-feedback", PageFeedbackReportView)


@hooks.register("register_reports_menu_item")
def register_feedback_report_menu_item():
    return MenuItem(_("Page feedback"), reverse("page_feedback_report"), icon_name="help", order=900)


class PageTypeWorkflowViewSet(SnippetViewSet):
    model = PageTypeWorkflow
    icon = "tasks"
    menu_label = _("Workflows by page type")
    add_to_settings_menu = True
    list_display = ["content_type", "workflow"]


register_snippet(PageTypeWorkflowViewSet)


# The publish guard (BasePage.publish) logs this when it refuses.
@hooks.register("register_log_actions")
def register_website_log_actions(actions):
    actions.register_action(
        "website.publish_refused", _("Publish refused"), _("Not published: the workflow has not approved it")
    )


# --- Translation status -------------------------------------------------------------------------------


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    return [path("reports/translation-status/", translation_status, name="website_translation_status")]


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


# --- Trainee invitations ------------------------------------------------------------------------------


@hooks.register("register_admin_urls")
def register_trainee_invitation_urls():
    from . import invitations

    return [
        path("trainee-invitations/", invitations.invitation_list, name="trainee_invitations"),
        path("trainee-invitations/new/", invitations.invitation_create, name="trainee_invitation_create"),
        path(
            "trainee-invitations/<int:pk>/withdraw/",
            invitations.invitation_withdraw,
            name="trainee_invitation_withdraw",
        ),
    ]


@hooks.register("register_settings_menu_item")
def register_trainee_invitations_menu_item():
    from .invitations import InvitationsMenuItem

    return InvitationsMenuItem(
        _("Trainee invitations"), reverse("trainee_invitations"), icon_name="mail", order=610
    )
