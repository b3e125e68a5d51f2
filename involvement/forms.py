from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Submission


class TellUsForm(forms.Form):
    """The only field: what made using a GP practice hard. No name, no contact."""

    text = forms.CharField(
        label=_("What made it hard?"),
        help_text=_(
            "Please do not write your name, or anything that could show who you are or who someone else is."
        ),
        max_length=Submission._meta.get_field("text").max_length,
        widget=forms.Textarea(attrs={"rows": 8, "class": "form-group__input", "autocomplete": "off"}),
        error_messages={
            "required": _("Please write what made it hard, then press Send."),
            "max_length": _("Please make it shorter: at most %(limit_value)d characters."),
        },
    )

    def clean_text(self):
        text = self.cleaned_data["text"].strip()
        if not text:
            raise forms.ValidationError(self.fields["text"].error_messages["required"], code="required")
        return text
