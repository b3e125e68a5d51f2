"""Production settings are safe, and nothing calls a third party."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, env_extra=None, drop=()):
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


PRODUCTION = {"DJANGO_SETTINGS_MODULE": "website.settings.production", "ALLOWED_HOSTS": "health.example.org"}


def test_production_refuses_to_start_without_secret_key():
    result = run_manage("check", env_extra=PRODUCTION, drop=("SECRET_KEY",))
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_production_passes_check_deploy_without_warnings():
    env = dict(
        PRODUCTION,
        SECRET_KEY="kP4x9-vQz2_mW8rT6yL1nB5hJ3sD7fG0aC2eK9uX4oZ1iM6pV8wR",
        EMAIL_HOST="smtp.example.org",
    )
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env_extra=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_check_deploy_fails_when_emails_would_be_printed():
    env = dict(PRODUCTION, SECRET_KEY="kP4x9-vQz2_mW8rT6yL1nB5hJ3sD7fG0aC2eK9uX4oZ1iM6pV8wR")
    result = run_manage("check", "--deploy", env_extra=env, drop=("EMAIL_HOST", "EMAIL_BACKEND"))
    assert result.returncode != 0
    assert "website.E001" in result.stderr


def test_plain_http_trial_switches_are_read_from_the_environment():
    env = dict(
        PRODUCTION,
        SECRET_KEY="kP4x9-vQz2_mW8rT6yL1nB5hJ3sD7fG0aC2eK9uX4oZ1iM6pV8wR",
        SECURE_SSL_REDIRECT="false",
        SESSION_COOKIE_SECURE="false",
        CSRF_COOKIE_SECURE="false",
    )
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings as s; print(s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE)",
        env_extra=env,
    )
    assert result.stdout.strip().splitlines()[-1] == "False False False", result.stderr


def test_base_settings_are_production_safe():
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings as s; print(s.DEBUG)",
        env_extra={"DJANGO_SETTINGS_MODULE": "website.settings.base", "SECRET_KEY": "x" * 60},
        drop=("DEBUG",),
    )
    assert result.stdout.strip().splitlines()[-1] == "False", result.stderr


def test_sqlite_uses_wal_and_immediate_transactions():
    from website.settings import base

    if base.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3":
        return
    options = base.DATABASES["default"]["OPTIONS"]
    assert options["transaction_mode"] == "IMMEDIATE"
    assert "journal_mode=WAL" in options["init_command"]


def test_database_connections_are_health_checked():
    assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True


def test_nothing_calls_a_third_party():
    assert settings.WAGTAIL_ENABLE_UPDATE_CHECK is False
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    assert settings.WAGTAIL_PRIVATE_PAGE_OPTIONS == {"SHARED_PASSWORD": False}


def test_static_files_are_hashed_and_compressed_in_production():
    from website.settings import base

    assert (
        base.STORAGES["staticfiles"]["BACKEND"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )
    assert "whitenoise.middleware.WhiteNoiseMiddleware" in base.MIDDLEWARE
