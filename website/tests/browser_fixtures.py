"""A real server for the browser tests of every app: production settings, gunicorn, the demo content, on
loopback; and Debian's Chromium through Playwright. Loaded by the root conftest.py (`pytest_plugins`)."""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

# An Arabic copy of every demo page (title marked as a test page) so right-to-left pages can be checked.
AR_PAGES = """
from wagtail.models import Locale, Page
ar = Locale.objects.get(language_code="ar")
for page in Page.objects.filter(depth__gt=2, locale__language_code="en").specific().order_by("path"):
    if page.get_translation_or_none(ar) is None:
        copy = page.copy_for_translation(ar, copy_parents=True)
        copy.title = "صفحة تجريبية: " + copy.title
        copy.save_revision().publish()
"""

# A video on one public training module (the demo content has none), to check it loads only on Play.
VIDEO = """
from resources.models import TrainingModulePage
module = TrainingModulePage.objects.get(slug="setting-up-with-a-charity", locale__language_code="en")
module.video = [("video", {"url": "https://www.youtube.com/watch?v=aaaaaaaaaaa", "title": "Test video",
    "length": "2 minutes", "transcript": "<p>Test transcript: what the speaker says.</p>"})]
module.save_revision().publish()
"""


LIVE_SITE = {}  # the live site's environment, for fixtures that ask its database (live_site_shell)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def production_env(tmp, port, **extra):
    """The environment of a gunicorn serving production settings on loopback from `tmp` (a fresh SQLite
    database, static files and media there), with `extra` variables added."""
    env = dict(
        os.environ,
        DATABASE_URL=f"sqlite:///{tmp / 'site.sqlite3'}",
        STATIC_ROOT=str(tmp / "static"),
        MEDIA_ROOT=str(tmp / "media"),
        SECRET_KEY="browser-tests-only-0123456789-abcdefghijklmnopqrstuvwxyz",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        SESSION_COOKIE_SECURE="false",
        CSRF_COOKIE_SECURE="false",
        SECURE_HSTS_SECONDS="0",
        PORT=str(port),
        DJANGO_SETTINGS_MODULE="website.settings.production",
        **extra,
    )
    env.pop("DEBUG", None)
    return env


@pytest.fixture(scope="session")
def live_site():
    """Base URL of the site served by gunicorn with production settings and the demo content."""
    tmp = Path(tempfile.mkdtemp(prefix="browser-site-"))
    port = free_port()
    # The demo accounts sign in to the admin with a password alone, as in development (README: Security).
    env = production_env(tmp, port, REQUIRE_ADMIN_2FA="false")

    def manage(*args, settings=env["DJANGO_SETTINGS_MODULE"]):
        subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=dict(env, DJANGO_SETTINGS_MODULE=settings),
            check=True,
            stdout=subprocess.DEVNULL,
        )

    LIVE_SITE["env"] = env
    manage("migrate", "--noinput")
    # The demo app is installed with development settings only; the trainee account signs in.
    manage("load_demo_content", "--allow-demo-accounts", settings="website.settings.dev")
    manage("shell", "-c", VIDEO)
    manage("shell", "-c", AR_PAGES)
    manage("collectstatic", "--noinput")
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "-c", "gunicorn.conf.py", "--workers", "2"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            urllib.request.urlopen(f"{base}/healthz", timeout=2)
            break
        except OSError:
            time.sleep(0.2)
    yield base
    server.terminate()
    server.wait(timeout=10)
    shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture(scope="session")
def live_site_shell(live_site):
    """Run Python in `manage.py shell` against the live site's database; returns what it prints."""

    def run(code):
        return subprocess.run(
            [sys.executable, "manage.py", "shell", "-c", code],
            cwd=ROOT,
            env=LIVE_SITE["env"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout

    return run


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM:
        pytest.skip("Debian's Chromium is not installed (make browser)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser):
    contexts = []

    def make(width=1280, javascript=True, **kwargs):
        context = browser.new_context(
            viewport={"width": width, "height": 800}, java_script_enabled=javascript, **kwargs
        )
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()
