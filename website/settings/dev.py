"""Local development: debug pages, console email, a fixed key that is useless anywhere else."""

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, env, env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env("SECRET_KEY", "dev-only-not-secret-0123456789-abcdefghijklmnopqrstuvwxyz")
# Let runserver serve hashed static files without running collectstatic first.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Two-step sign-in is optional here, so the demo accounts sign in with a password alone (README).
REQUIRE_ADMIN_2FA = env_bool("REQUIRE_ADMIN_2FA", False)
# Edits show at once while developing: no whole-page cache.
CACHES = {**CACHES, "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}  # noqa: F405

# The demo loader and its content: development and tests only (see demo/).
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
