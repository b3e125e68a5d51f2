"""Deployment checks of our own (`manage.py check --deploy`, `make check-deploy`)."""

from django.conf import settings
from django.core.checks import Error, Tags, register

# Backends that would print every email, sign-in links included, to the server's output.
CONSOLE_BACKENDS = {"django.core.mail.backends.console.EmailBackend"}


@register(Tags.security, deploy=True)
def check_email_backend(app_configs, **kwargs):
    """Refuse a deployment that would print emails (invitation and reset links) to the console."""
    if settings.EMAIL_BACKEND in CONSOLE_BACKENDS:
        return [
            Error(
                "Emails would be printed to the console, sign-in links included.",
                hint="Set EMAIL_HOST (and EMAIL_HOST_USER, EMAIL_HOST_PASSWORD) to send them by SMTP.",
                id="website.E001",
            )
        ]
    return []
