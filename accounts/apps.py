from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Accounts for GP trainees: invitations, sign-in, password reset."""

    name = "accounts"
    verbose_name = _("Trainee accounts")
