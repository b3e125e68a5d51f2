from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApprovalsConfig(AppConfig):
    """The approval workflow: quorum task, review screen, dashboard panels, trust line."""

    name = "approvals"
    verbose_name = _("Approvals")
