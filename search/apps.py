from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """The public search page."""

    name = "search"
    verbose_name = _("Search")
