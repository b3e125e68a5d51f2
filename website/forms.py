from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class BasePageForm(WagtailAdminPageForm):
    """Page editing form. A superuser's direct "Publish" skips the panel, so it needs a written reason."""

    publish_reason = forms.CharField(
        label=_("Reason for publishing without approval"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_(
            "Only for emergencies, e.g. a phone number that is wrong and could put someone at risk. "
            "Your reason is kept in the page history."
        ),
    )

    def clean(self):
        cleaned_data = super().clean()
        publishing = "action-publish" in self.data
        if publishing and self.for_user is not None and self.for_user.is_superuser:
            if not (cleaned_data.get("publish_reason") or "").strip():
                self.add_error(
                    "publish_reason",
                    _("Say why this page must go live without the panel's approval. Nothing has been lost."),
                )
        return cleaned_data
