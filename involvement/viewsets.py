"""The editors' report of "tell us what's hard" (a Wagtail model viewset, in the admin menu).

Editors (see migration 0002) read the submissions, tag each with themes and link it to the "You said, we
did" post that answers it; they may delete one that should not be kept. Submissions come only from the
public form: adding or copying one here is for superusers only, and the words are never edited.
"""

from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale

from blog.models import BlogPage
from website.translations import default_language

from .models import Submission, Theme


class SubmissionForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        english = Locale.objects.filter(language_code=default_language()).first()
        if "themes" in self.fields:
            self.fields["themes"].queryset = Theme.objects.filter(locale=english)
        if self.instance.pk and "text" in self.fields:
            self.fields["text"].disabled = True

    def clean_post(self):
        post = self.cleaned_data.get("post")
        if post is not None and post.specific_class is BlogPage:
            post = BlogPage.objects.filter(pk=post.pk).first()
        if post is not None and post.kind != BlogPage.KIND_YOU_SAID:
            raise forms.ValidationError(_("Please choose a 'You said, we did' post."))
        return post


def themes_of(submission):
    return ", ".join(theme.name for theme in submission.themes.all()) or "—"


class SubmissionViewSet(ModelViewSet):
    model = Submission
    icon = "comment"
    menu_label = _("Tell us what's hard")
    add_to_admin_menu = True
    menu_order = 250
    copy_view_enabled = False
    list_per_page = 50
    search_fields = ["text"]
    list_filter = ["language", "themes"]
    list_display = [
        TitleColumn(
            "text",
            label=_("What they told us"),
            accessor=lambda s: s.text[:200],
            get_url=lambda s: reverse("submissions:edit", args=[s.pk]),
        ),
        Column("language", label=_("Language")),
        DateColumn("date", label=_("Date")),
        Column("themes", label=_("Themes"), accessor=themes_of),
        Column("post", label=_("Answered by"), accessor=lambda s: s.post.title if s.post else "—"),
    ]
    list_export = ["text", "language", "date"]
    edit_handler = ObjectList(
        [
            FieldPanel("text", read_only=True),
            FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
            FieldPanel("post"),
        ],
        base_form_class=SubmissionForm,
    )

    def get_queryset(self, request):
        return Submission.objects.select_related("post").prefetch_related("themes")
