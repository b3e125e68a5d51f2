"""The lockout, two-step sign-in, reset limit and log masking over real HTTP: production settings, gunicorn
with 4 workers, a fresh SQLite database; once without Redis and once with REDIS_URL (Redis database 7).

Select with `pytest -m http` (they start servers, so they take about a minute each). The Redis run is skipped
when no Redis answers on 127.0.0.1:6379. A second client is a second loopback address (127.0.0.2): no proxy
header is believed (TRUSTED_PROXIES is empty), so the socket's address is the client's.
"""

import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest
from django_otp.oath import TOTP

pytestmark = pytest.mark.http

BASE_DIR = Path(__file__).resolve().parents[2]
PASSWORD = "lantern-meadow-47"
TOTP_KEY = "3132333435363738393031323334353637383930"  # hex, as django-otp stores it
REDIS_URL = "redis://127.0.0.1:6379/7"
CLIENT_A, CLIENT_B, CLIENT_C = "127.0.0.1", "127.0.0.2", "127.0.0.3"

SETUP = f"""
import json
from django.contrib.auth.models import Group
from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice
from accounts.models import TraineeInvitation
User = get_user_model()
def make(username, email, group):
    user = User.objects.create_user(username, email, {PASSWORD!r})
    user.groups.add(Group.objects.get(name=group))
    return user
make("kit", "kit.trainee@example.org", "GP trainees")
make("editor", "editor@example.org", "Editors")
panel = make("panel", "panel@example.org", "Lived experience panel")
TOTPDevice.objects.create(user=panel, name="app", key={TOTP_KEY!r}, confirmed=True)
_, new_token = TraineeInvitation.create("new.trainee@example.org", 14)
_, other_token = TraineeInvitation.create("other.trainee@example.org", 14)
print(json.dumps({{"new": new_token, "other": other_token}}))
"""

PUBLISH = """
from axes.models import AccessAttempt
from wagtail.models import Page
page = Page.objects.get(depth=2, locale__language_code="en").specific
page.save_revision().publish()
print(AccessAttempt.objects.count())
"""


def free_port():
    for port in range(8112, 8120):  # this worktree's ports first
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def redis_answers():
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def manage(env, *args, stdin=None):
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


class Client:
    """One browser at one address: cookies, no redirects followed, a new connection for every request (so
    requests spread over the workers)."""

    def __init__(self, port, address):
        self.port, self.address, self.cookies = port, address, {}

    def request(self, method, path, data=None):
        connection = http.client.HTTPConnection(
            "127.0.0.1", self.port, source_address=(self.address, 0), timeout=30
        )
        headers = {"Host": f"127.0.0.1:{self.port}", "Connection": "close"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if data is not None:
            body = urlencode(data)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"http://127.0.0.1:{self.port}"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        response.text = response.read().decode()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                if morsel.value and morsel["max-age"] != "0":
                    self.cookies[name] = morsel.value
                else:
                    self.cookies.pop(name, None)
        connection.close()
        return response

    def get(self, path):
        return self.request("GET", path)

    def post_form(self, path, data, form_path=None):
        """GET the form (for its CSRF token), then POST it."""
        page = self.get(form_path or path)
        match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
        assert match, f"no CSRF token on {form_path or path}: {page.status}"
        return self.request("POST", path, {"csrfmiddlewaretoken": match.group(1), **data})

    def sign_in(self, username, password):
        return self.post_form("/en/account/sign-in/", {"username": username, "password": password})

    def admin_login(self, username, password):
        return self.post_form(
            "/admin/login/", {"username": username, "password": password, "next": "/admin/"}
        )

    @property
    def session(self):
        return self.cookies.get("sessionid")


@pytest.fixture(scope="module")
def migrated_db(tmp_path_factory):
    """One migrated database and collected static files; each server gets a fresh copy of the database."""
    folder = tmp_path_factory.mktemp("http-base")
    env = production_env(folder, folder / "db.sqlite3", folder / "static")
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    return folder


def production_env(folder, database, static_root, redis_url=""):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL"))}
    env.update(
        DJANGO_SETTINGS_MODULE="website.settings.production",
        SECRET_KEY="http-test-only-0123456789-abcdefghijklmnopqrstuvwxyz-0123456789",
        DATABASE_URL=f"sqlite:///{database}",
        REDIS_URL=redis_url,
        CACHE_KEY_PREFIX="website-http-test",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        SESSION_COOKIE_SECURE="false",
        CSRF_COOKIE_SECURE="false",
        SECURE_HSTS_SECONDS="0",
        EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
        EMAIL_FILE_PATH=str(folder / "mail"),
        STATIC_ROOT=str(static_root),
        MEDIA_ROOT=str(folder / "media"),
        PAGE_CACHE_DIR=str(folder / "page-cache"),
        WEB_CONCURRENCY="4",
        LOG_LEVEL="INFO",
    )
    return env


@pytest.fixture(scope="module", params=["no-redis", "redis"])
def server(request, migrated_db, tmp_path_factory):
    if request.param == "redis" and not redis_answers():
        pytest.skip("no Redis on 127.0.0.1:6379")
    folder = tmp_path_factory.mktemp(f"http-{request.param}")
    database = folder / "db.sqlite3"
    shutil.copy(migrated_db / "db.sqlite3", database)
    env = production_env(
        folder, database, migrated_db / "static", REDIS_URL if request.param == "redis" else ""
    )
    tokens = json.loads(manage(env, "shell", "--no-imports", "-c", SETUP).strip().splitlines()[-1])
    port = free_port()
    env.update(
        PORT=str(port),
        BIND_HOST="127.0.0.1",
        GUNICORN_CMD_ARGS="--access-logformat '%(p)s %(m)s %(U)s %(s)s'",
    )
    log_path = folder / "gunicorn.log"
    log = open(log_path, "w")  # noqa: SIM115
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "-c", "gunicorn.conf.py"],
        cwd=BASE_DIR,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            text = log_path.read_text()
            if text.count("Booting worker") >= 4:
                try:
                    if Client(port, CLIENT_A).get("/healthz").status == 200:
                        break
                except OSError:
                    pass
            assert process.poll() is None, text[-3000:]
            time.sleep(0.5)
        else:
            pytest.fail("gunicorn did not start: " + log_path.read_text()[-3000:])
        yield {
            "port": port,
            "env": env,
            "log": log_path,
            "folder": folder,
            "tokens": tokens,
            "kind": request.param,
        }
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


def worker_pids(log_path, status):
    """The worker process ids that answered with this status (the access log's first field)."""
    pids = set()
    for line in log_path.read_text().splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[0].startswith("<") and parts[3] == str(status):
            pids.add(parts[0])
    return pids


def totp_code(offset=0):
    totp = TOTP(bytes.fromhex(TOTP_KEY), step=30, digits=6)
    totp.time = time.time() + offset
    return f"{totp.token():06d}"


def emails_sent(folder):
    mail = folder / "mail"
    if not mail.exists():
        return []
    # The file backend names files by the second and an object id, so the order within a second is the
    # order the files were written, not their names.
    files = sorted(mail.iterdir(), key=lambda f: (f.stat().st_mtime_ns, f.name))
    return [m for f in files for m in f.read_text().split("Message-ID:")[1:]]


def test_over_http(server):
    port, log = server["port"], server["log"]
    a, b, c = Client(port, CLIENT_A), Client(port, CLIENT_B), Client(port, CLIENT_C)

    # 1. Five wrong passwords for kit from client A, on the site's sign-in: the fifth answer is the lockout.
    for attempt in range(4):
        response = a.sign_in("kit", "wrong-password")
        assert response.status == 200 and "do not match our records" in response.text, attempt
    assert a.sign_in("kit", "wrong-password").status == 429
    # The right password is refused now, through every door, on every worker, and no session is made.
    for _ in range(6):
        for response in (a.sign_in("kit", PASSWORD), a.admin_login("kit", PASSWORD)):
            assert response.status == 429
            assert "You have tried to sign in too many times" in response.text
            assert a.session is None
    assert len(worker_pids(log, 429)) >= 2, "the lockout was seen by more than one worker"
    # An unknown account gets the same answers.
    for attempt in range(4):
        assert "do not match our records" in a.sign_in("nobody", "wrong-password").text, attempt
    assert a.sign_in("nobody", "wrong-password").status == 429

    # 2. Another client can still sign in as kit.
    response = b.sign_in("kit", PASSWORD)
    assert response.status == 302 and b.session

    # 3. /admin/login/ counts too: five wrong for editor there lock the site's sign-in as well.
    for _ in range(4):
        assert a.admin_login("editor", "wrong-password").status == 200
    assert a.admin_login("editor", "wrong-password").status == 429
    assert a.sign_in("editor@example.org", PASSWORD).status == 429 and a.session is None

    # 4. The invitation form: an account locked for client A (before it even exists) cannot be made from A...
    for _ in range(5):
        a.sign_in("new.trainee@example.org", "wrong-password")
    invitation = f"/en/account/invitation/{server['tokens']['new']}/"
    assert a.get(invitation).status == 429
    # ...but can from B, which gets its account and a session.
    response = b.post_form(invitation, {"name": "New", "password1": PASSWORD, "password2": PASSWORD})
    assert response.status == 302 and b.session
    # Links that match nothing count per client: five from C, then C cannot use a real one.
    for _ in range(4):
        assert c.get("/en/account/invitation/not-a-real-link-0123456789/").status == 404
    assert c.get("/en/account/invitation/not-a-real-link-0123456789/").status == 429
    assert c.get(f"/en/account/invitation/{server['tokens']['other']}/").status == 429
    assert Client(port, CLIENT_B).get(f"/en/account/invitation/{server['tokens']['other']}/").status == 200

    # 5. A staff account without a second factor is sent to set one up before any admin page.
    staff = Client(port, CLIENT_B)
    response = staff.admin_login("editor", PASSWORD)
    assert response.status == 302
    for path in ("/admin/", "/admin/pages/", "/admin/users/"):
        response = staff.get(path)
        assert response.status == 302 and response.headers["Location"].startswith("/admin/two-step/"), path
    setup = staff.get("/admin/two-step/?next=/admin/")
    assert (
        setup.status == 200 and "Set up two-step sign-in" in setup.text and "data:image/svg+xml" in setup.text
    )

    # 6. With a factor: a wrong code is refused and counts; the fifth failure locks, ends the session.
    panel = Client(port, CLIENT_C)
    assert panel.admin_login("panel", PASSWORD).status == 302
    assert panel.get("/admin/").headers["Location"].startswith("/admin/two-step/")
    for attempt in range(4):
        response = panel.post_form("/admin/two-step/", {"otp_token": "000000", "next": "/admin/"})
        assert response.status == 200 and "That code did not work" in response.text, attempt
    assert panel.post_form("/admin/two-step/", {"otp_token": "000000", "next": "/admin/"}).status == 429
    assert panel.get("/admin/").status == 302  # signed out: the admin sends to the sign-in page
    assert panel.admin_login("panel", PASSWORD).status == 429
    # From elsewhere, the right code opens the admin.
    panel_b = Client(port, CLIENT_B)
    assert panel_b.admin_login("panel", PASSWORD).status == 302
    response = panel_b.post_form("/admin/two-step/", {"otp_token": totp_code(), "next": "/admin/"})
    if response.status != 302:  # the code changed between reading the clock and checking it
        response = panel_b.post_form("/admin/two-step/", {"otp_token": totp_code(), "next": "/admin/"})
    assert response.status == 302 and response.headers["Location"] == "/admin/"
    assert panel_b.get("/admin/").status == 200

    # 7. Four reset requests for one address, through both reset pages, send three emails.
    before = len(emails_sent(server["folder"]))
    resetter = Client(port, CLIENT_B)
    for path in ("/en/account/password-reset/", "/admin/password_reset/", "/ar/account/password-reset/"):
        assert resetter.post_form(path, {"email": "kit.trainee@example.org"}).status == 302
    assert resetter.post_form("/admin/password_reset/", {"email": "Kit.Trainee@example.org"}).status == 302
    emails = emails_sent(server["folder"])
    assert len(emails) - before == 3
    # The site's pages send the site's link; the admin's page sends the admin's own.
    links = [re.search(r"http://[^\s]+/(en|ar)/account/reset/[^\s]+/", email) for email in emails[before:]]
    assert sorted(link.group(1) for link in links if link) == ["ar", "en"], emails[before:]
    link = next(link for link in links if link and link.group(1) == "en")
    reset_path = urlsplit(link.group(0)).path
    assert resetter.get(reset_path).status == 302  # to .../set-password/

    # 8. Publishing a page leaves every lockout record in place (with Redis: after the cache is emptied).
    from_db = int(manage(server["env"], "shell", "--no-imports", "-c", PUBLISH).strip().splitlines()[-1])
    assert from_db > 0
    assert a.sign_in("kit", PASSWORD).status == 429
    assert a.admin_login("editor", PASSWORD).status == 429

    # 9. No token in the access log (nor anywhere in gunicorn's output), only the route.
    text = log.read_text()
    for token in (server["tokens"]["new"], server["tokens"]["other"], reset_path.split("/")[-2]):
        assert token not in text
    assert "/en/account/invitation/[token]/" in text
    assert "/account/reset/[token]/[token]/" in text
