"""A list of choices kept as JSON, ticked as check boxes in the admin (works on SQLite and PostgreSQL)."""

from django import forms
from django.core import checks, exceptions
from django.db import models
from django.utils.translation import gettext_lazy as _


class ChoiceListField(models.JSONField):
    """Several of `choices` (a list of their keys, in the order of the choices), e.g. ["interpreters"]."""

    def __init__(self, *args, item_choices=(), **kwargs):
        self.item_choices = list(item_choices)
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["item_choices"] = self.item_choices
        if kwargs.get("default") is list:
            del kwargs["default"]
        if kwargs.get("blank") is True:
            del kwargs["blank"]
        return name, path, args, kwargs

    def check(self, **kwargs):
        errors = super().check(**kwargs)
        if not self.item_choices:
            errors.append(checks.Error("ChoiceListField needs item_choices.", obj=self))
        return errors

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        keys = {key for key, _label in self.item_choices}
        if not isinstance(value, list) or any(item not in keys for item in value):
            raise exceptions.ValidationError(_("Please choose from the list."), code="invalid_choice")

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.item_choices,
            required=not self.blank,
            widget=forms.CheckboxSelectMultiple,
            label=self.verbose_name,
            help_text=self.help_text,
        )

    def labels(self, value):
        """The labels of the chosen keys, in the order of the choices."""
        chosen = set(value or [])
        return [label for key, label in self.item_choices if key in chosen]
