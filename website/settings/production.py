"""Production: refuses to start without a secret key; HTTPS everywhere unless told otherwise.

For a plain-HTTP trial on localhost set SECURE_SSL_REDIRECT, SESSION_COOKIE_SECURE and
CSRF_COOKIE_SECURE to false (see README).
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env, env_bool

DEBUG = False

SECRET_KEY = env("SECRET_KEY")
if not SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY is not set. Production settings refuse to start without it. "
        "Set SECRET_KEY in the environment or in .env (a long random string, e.g. from "
        "`python -c 'import secrets; print(secrets.token_urlsafe(50))'`)."
    )

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)
LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
# /healthz answers the container's own check over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
