from django.db.models import Count, Max, Q
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page


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
    return [
        path("reports/page-feedback/", PageFeedbackReportView.as_view(), name="page_feedback_report"),
        path(
            "reports/page-feedback/results/",
            PageFeedbackReportView.as_view(results_only=True),
            name="page_feedback_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_feedback_report_menu_item():
    return MenuItem(_("Page feedback"), reverse("page_feedback_report"), icon_name="help", order=900)
