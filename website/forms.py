from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks.base import BlockWidget

INCOMPLETE_FORM = _(
    "Part of this form did not reach us, so nothing was saved. Please reload the page and make your "
    "change again."
)


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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.incomplete_fields = []
        for name, field in self.fields.items():
            if isinstance(field.widget, BlockWidget):
                self._guard_block_widget(name, field.widget)

    def _guard_block_widget(self, name, widget):
        """A stream field posted without its counters (`body-count`, a list's `-count`), from a broken
        browser, an extension or a script, can't be read. Keep the page's saved content on screen and
        answer with a form error instead of a 500; nothing is saved."""
        read = widget.value_from_datadict

        def value_from_datadict(data, files, prefix):
            try:
                return read(data, files, prefix)
            except (KeyError, ValueError, TypeError, IndexError):
                if name not in self.incomplete_fields:
                    self.incomplete_fields.append(name)
                return self.get_initial_for_field(self.fields[name], name)

        widget.value_from_datadict = value_from_datadict

    def clean(self):
        cleaned_data = super().clean()
        for name in self.incomplete_fields:
            self.add_error(name, INCOMPLETE_FORM)
        publishing = "action-publish" in self.data
        if publishing and self.for_user is not None and self.for_user.is_superuser:
            if not (cleaned_data.get("publish_reason") or "").strip():
                self.add_error(
                    "publish_reason",
                    _("Say why this page must go live without the panel's approval. Nothing has been lost."),
                )
        return cleaned_data
