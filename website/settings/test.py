"""Tests: fast hashing, mail kept in memory, static files without a manifest."""

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, env

DEBUG = False
SECRET_KEY = "test-only-not-secret-0123456789-abcdefghijklmnopqrstuvwxyz"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Kept in memory; the scheduler test runs real processes and reads their mail from the console.
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    "fragments": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "fragments"},
}
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "testserver"]
WAGTAILADMIN_BASE_URL = "http://testserver"
if env("DATABASE_URL", "").startswith("postgres"):
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Two-step sign-in optional, as in development: tests that need it turn it on (accounts/tests).
REQUIRE_ADMIN_2FA = False
LOGGING["root"]["level"] = "WARNING"  # noqa: F405

# The demo loader and its content: development and tests only (see demo/).
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
