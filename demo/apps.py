from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo loader and its content (development and tests only)."""

    name = "demo"
    verbose_name = _("Demo content")
