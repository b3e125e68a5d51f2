from django.db.models import Count, F, Max, Q
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import GlossaryTerm, PageTypeWorkflow
from .reports import report_urls
from .translation_report import translation_status


class FeedbackReasonsColumn(Column):
    cell_template_name = "website/admin/feedback_reasons_cell.html"


class PageFeedbackReportView(ReportView):
    """Answers to "Is this page useful?" by page and language, with what was wrong after a "No". There is
    nothing else to show: nothing else is kept."""

    page_title = _("Is this page useful?")
    header_icon = "help"
    index_url_name = "page_feedback_report"
    index_results_url_name = "page_feedback_report_results"
    list_export = ["title", "locale", "useful", "not_useful", "reasons_text", "comments_text", "last_answer"]
    export_headings = {
        "useful": _("Useful"),
        "not_useful": _("Not useful"),
        "reasons_text": _("What was wrong"),
        "comments_text": _("Comments"),
        "last_answer": _("Last answer"),
    }
    columns = [
        TitleColumn(
            "title", label=_("Page"), get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk])
        ),
        Column("locale", label=_("Language"), accessor="locale.get_display_name"),
        Column("useful", label=_("Useful")),
        Column("not_useful", label=_("Not useful")),
        FeedbackReasonsColumn("reasons", label=_("What was wrong")),
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

    def decorate_paginated_queryset(self, object_list):
        """Each page's reasons (counted) and comments (newest first), in one query for the whole list."""
        from collections import Counter, defaultdict

        from .models import PageFeedback

        pages = list(object_list)
        labels = dict(PageFeedback.REASONS)
        reasons, comments = defaultdict(Counter), defaultdict(list)
        answers = (
            PageFeedback.objects.filter(page__in=pages, useful=False)
            .exclude(reason="", comment="")
            .order_by("-date", "-pk")
            .values_list("page_id", "reason", "comment")
        )
        for page_id, reason, comment in answers:
            if reason:
                reasons[page_id][reason] += 1
            if comment:
                comments[page_id].append(comment)
        for page in pages:
            page.reasons = [(labels.get(code, code), count) for code, count in reasons[page.pk].most_common()]
            page.comments = comments[page.pk][:10]
            page.reasons_text = "; ".join(f"{label}: {count}" for label, count in page.reasons)
            page.comments_text = " | ".join(comments[page.pk])
        return pages

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


# --- Plain language ---------------------------------------------------------------------------------------


class GlossaryViewSet(SnippetViewSet):
    """Hard words and their plain alternatives, per language (translate a word like any snippet)."""

    model = GlossaryTerm
    icon = "doc-full"
    menu_label = _("Plain-language glossary")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["term", "plain", "locale"]
    list_filter = ["locale"]
    search_fields = ["term", "plain"]


register_snippet(GlossaryViewSet)


@hooks.register("insert_editor_js")
def plain_language_editor_js():
    # A plain script (no build step): shows the preview's plain-language warnings in the Checks panel.
    from django.template.loader import render_to_string

    return format_html(
        '{}<script src="{}" defer></script>',
        render_to_string("website/admin/plain_language_strings.html"),
        static("website/admin/plain-language.js"),
    )


@hooks.register("insert_editor_css")
def plain_language_editor_css():
    return format_html('<link rel="stylesheet" href="{}">', static("website/admin/plain-language.css"))


class PlainLanguageReportView(ReportView):
    """Pages with the highest reading age, longest sentences and most glossary words first."""

    page_title = _("Plain language")
    header_icon = "glasses"
    index_url_name = "plain_language_report"
    index_results_url_name = "plain_language_report_results"
    list_export = ["title", "locale", "reading_age", "longest_sentence", "glossary_hits", "warnings"]
    export_headings = {
        "reading_age": _("Reading age"),
        "longest_sentence": _("Longest sentence"),
        "glossary_hits": _("Glossary words"),
        "warnings": _("Warnings"),
    }
    columns = [
        TitleColumn(
            "title", label=_("Page"), get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk])
        ),
        Column("locale", label=_("Language"), accessor="locale.get_display_name"),
        Column("reading_age", label=_("Reading age"), accessor="plain_language.reading_age"),
        Column("longest_sentence", label=_("Longest sentence"), accessor="longest_sentence_label"),
        Column("glossary_hits", label=_("Glossary words"), accessor="plain_language.glossary_hits"),
        Column("warnings", label=_("Warnings"), accessor="plain_language.warnings"),
    ]

    def get_queryset(self):
        return (
            Page.objects.filter(plain_language__isnull=False)
            .select_related("plain_language", "locale")
            .order_by(
                F("plain_language__reading_age").desc(nulls_last=True),
                "-plain_language__longest_sentence",
                "-plain_language__glossary_hits",
            )
        )

    def decorate_paginated_queryset(self, object_list):
        for page in object_list:
            figures = page.plain_language
            if figures.unit == "characters":
                page.longest_sentence_label = _("%(count)s characters") % {"count": figures.longest_sentence}
            else:
                page.longest_sentence_label = _("%(count)s words") % {"count": figures.longest_sentence}
        return object_list

    def get_filename(self):
        return "plain-language"


@hooks.register("register_admin_urls")
def register_plain_language_report_urls():
    return report_urls("plain-language", PlainLanguageReportView)


@hooks.register("register_reports_menu_item")
def register_plain_language_report_menu_item():
    return MenuItem(_("Plain language"), reverse("plain_language_report"), icon_name="glasses", order=910)
