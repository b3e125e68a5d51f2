"""Secrets of links never reach a log. Invitation and password reset links carry a token in their path;
`mask_tokens` keeps the route and replaces the secret parts with "[token]". Used by gunicorn's access log
(gunicorn.conf.py: `TokenMaskingLogger`), by every Django log record (LOGGING's `mask_tokens` filter) and by
the sign-in lockout's records (accounts/lockout.py). Imports nothing from Django: gunicorn's master loads it.
"""

import logging
import re

from gunicorn.glogging import Logger

MASK = "[token]"
_SEGMENT = r"[^/?#\s\"]+"
# /en/account/invitation/<token>/
_INVITATION = re.compile(r"(/account/invitation/)" + _SEGMENT)
# /en/account/reset/<uidb64>/<token>/ and Wagtail's /admin/password_reset/confirm/<uidb64>/<token>/
_RESET = re.compile(r"(/account/reset/|/password_reset/confirm/)(" + _SEGMENT + ")/(" + _SEGMENT + ")")


def _mask_reset(match):
    prefix, uid, token = match.groups()
    if uid == "done":  # /account/reset/done/ has no secret
        return match.group(0)
    # Django's next step, /<uidb64>/set-password/, keeps its route name.
    kept = token if token == "set-password" else MASK  # noqa: S105 (a route name, not a secret)
    return f"{prefix}{MASK}/{kept}"


def mask_tokens(text):
    """`text` (a path, a request line, a log message) with the secret parts of every link replaced."""
    if not text or not isinstance(text, str):
        return text
    return _RESET.sub(_mask_reset, _INVITATION.sub(r"\1" + MASK, text))


class MaskTokensFilter(logging.Filter):
    """A logging filter that masks tokens in a record's message (Django logs "Not Found: <path>")."""

    def filter(self, record):
        message = record.getMessage()
        masked = mask_tokens(message)
        if masked != message:
            record.msg, record.args = masked, ()
        return True


class TokenMaskingLogger(Logger):
    """Gunicorn's logger, with tokens masked in every part of an access log line that holds the path."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        for key in ("U", "r", "q", "f"):
            if key in atoms:
                atoms[key] = mask_tokens(atoms[key])
        for key in list(atoms):
            if key.startswith("{") and isinstance(atoms[key], str):
                atoms[key] = mask_tokens(atoms[key])
        return atoms
