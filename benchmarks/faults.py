"""Fault benchmark: PostgreSQL, then Redis, stopped under load. Prints 5xx per window and lost writes.

    .venv/bin/python benchmarks/faults.py [--port 8120] [--duration 60] [--requests 20000] [--outage 10]

Starts its own PostgreSQL (port 55432) and Redis (56379) in a temporary directory (never the shared ones),
migrates and loads the demo content, serves the site with production settings and 2 gunicorn workers,
then runs a bounded loopback load (at most --requests requests over --duration seconds): cached pages,
uncached pages, search, feedback POSTs and an editor saving page drafts. A third of the way in it stops
PostgreSQL for --outage seconds and starts it again, then does the same to Redis. It prints requests and
5xx (500s and 503s apart) per window, the time from each restart to the first good answer, and whether
every acknowledged write (feedback rows, page draft revisions) is in the database afterwards.
"""

import argparse
import collections
import html.parser
import http.cookiejar
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
PG_PORT, REDIS_PORT = 55432, 56379
PASSWORD = "co-produce-2026"
TMP = [""]


def pg_bin(name):
    found = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
    if not found:
        sys.exit(f"faults.py needs PostgreSQL's {name} (apt-get install postgresql)")
    return str(found[-1])


def as_postgres(command):
    # initdb and postgres refuse to run as root.
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


class Services:
    def __init__(self, tmp):
        self.tmp = Path(tmp)
        self.pgdata = self.tmp / "pg"
        self.redis = None

    def init(self):
        self.pgdata.mkdir()
        if os.geteuid() == 0:
            shutil.chown(self.tmp, "postgres")
            shutil.chown(self.pgdata, "postgres")
        subprocess.run(
            as_postgres([pg_bin("initdb"), "-D", str(self.pgdata), "-U", "postgres", "-A", "trust"]),
            check=True,
            stdout=subprocess.DEVNULL,
        )

    def start_pg(self):
        subprocess.run(
            as_postgres(
                [
                    pg_bin("pg_ctl"),
                    "-D",
                    str(self.pgdata),
                    "-l",
                    str(self.tmp / "pg.log"),
                    "-w",
                    "-o",
                    f"-p {PG_PORT} -k {self.tmp} -c listen_addresses=127.0.0.1",
                    "start",
                ]
            ),
            check=True,
            stdout=subprocess.DEVNULL,
        )

    def stop_pg(self):
        subprocess.run(
            as_postgres([pg_bin("pg_ctl"), "-D", str(self.pgdata), "-m", "fast", "-w", "stop"]),
            check=True,
            stdout=subprocess.DEVNULL,
        )

    def start_redis(self):
        self.redis = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(REDIS_PORT),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--maxmemory",
                "64mb",
                "--maxmemory-policy",
                "allkeys-lru",
            ],
            stdout=subprocess.DEVNULL,
        )
        time.sleep(0.5)

    def stop_redis(self):
        if self.redis:
            self.redis.terminate()
            self.redis.wait(10)
            self.redis = None


def pg_running(services):
    status = subprocess.run(
        as_postgres([pg_bin("pg_ctl"), "-D", str(services.pgdata), "status"]), stdout=subprocess.DEVNULL
    )
    return status.returncode == 0


def env():
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "website.settings.production",
        "SECRET_KEY": "faults-benchmark-only-not-secret-0123456789abcdefghijklmnop",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{PG_PORT}/website",
        "REDIS_URL": f"redis://127.0.0.1:{REDIS_PORT}/0",
        "SECURE_SSL_REDIRECT": "false",
        "SESSION_COOKIE_SECURE": "false",
        "CSRF_COOKIE_SECURE": "false",
        "SECURE_HSTS_SECONDS": "0",
        "DEMO_PASSWORD": PASSWORD,
        # The editor signs in with a password alone, as in development: two-step sign-in is tested on its
        # own (accounts/tests/test_lockout_http.py); here it would only stand between the editor and the drafts.
        "REQUIRE_ADMIN_2FA": "false",
        # Each simulated visitor sends its own address through this "proxy", so the feedback throttle and
        # receipts see many visitors, as behind nginx, not one client sending thousands of answers.
        "TRUSTED_PROXIES": "127.0.0.1",
        "LOG_LEVEL": "ERROR",
        "MEDIA_ROOT": os.path.join(TMP[0], "media"),
        "STATIC_ROOT": os.path.join(TMP[0], "static"),
    }


def manage(*args, settings=None):
    run_env = env()
    if settings:
        run_env["DJANGO_SETTINGS_MODULE"] = settings
    subprocess.run(
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=run_env, check=True, stdout=subprocess.DEVNULL
    )


class Load:
    def __init__(self, base, pages, page_id, edit_id):
        self.base, self.pages, self.page_id, self.edit_id = base, pages, page_id, edit_id
        self.records = []  # (start time, kind, status, seconds taken)
        self.feedback_acked = 0
        self.drafts_acked = []
        self.editor_errors = 0
        self.lock = threading.Lock()

    def request(self, kind, url, data=None, opener=None, headers=None):
        request = urllib.request.Request(self.base + url, data=data, headers=headers or {})
        began = time.monotonic()
        try:
            with (opener or urllib.request.build_opener(NoRedirect)).open(request, timeout=10) as response:
                status = response.status
                response.read()
        except urllib.error.HTTPError as error:
            status = error.code
        except OSError:
            status = 0  # connection refused or timed out
        with self.lock:
            self.records.append((began, kind, status, time.monotonic() - began))
        return status

    def visitor(self, stop, budget, worker=0):
        n = 0
        while not stop.is_set() and budget():
            n += 1
            choice = n % 10
            if choice < 5:
                self.request("cached page", self.pages[n % len(self.pages)])
            elif choice < 7:
                self.request("uncached page", f"{self.pages[n % len(self.pages)]}?n={n}")
            elif choice < 9:
                self.request("search", f"/en/search/?q=gp+{n % 7}")
            else:
                body = urllib.parse.urlencode({"page": self.page_id, "useful": "yes"}).encode()
                visitor = {"X-Forwarded-For": f"10.{worker}.{n // 256 % 256}.{n % 256}"}
                if self.request("feedback", "/en/feedback/", data=body, headers=visitor) in (301, 302, 303):
                    with self.lock:
                        self.feedback_acked += 1
            time.sleep(0.01)

    def editor(self, stop, budget):
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
        signed_in = False
        n = 0
        while not stop.is_set() and budget():
            try:
                if not signed_in:
                    login = opener.open(self.base + "/admin/login/", timeout=10).read().decode()
                    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login).group(1)
                    form = {"csrfmiddlewaretoken": token, "username": "editor", "password": PASSWORD}
                    self.request(
                        "editor",
                        "/admin/login/",
                        urllib.parse.urlencode(form).encode(),
                        opener,
                        {"Referer": self.base + "/admin/login/"},
                    )
                    signed_in = True
                page = (
                    opener.open(f"{self.base}/admin/pages/{self.edit_id}/edit/", timeout=10).read().decode()
                )
                form = form_inputs(page)  # every field the edit form sends, management forms included
                n += 1
                title = f"Draft {os.getpid()}-{n}"
                form.update({"title": title, "body-count": form.get("body-count", "0")})
                status = self.request(
                    "editor",
                    f"/admin/pages/{self.edit_id}/edit/",
                    urllib.parse.urlencode(form).encode(),
                    opener,
                    {"Referer": f"{self.base}/admin/pages/{self.edit_id}/edit/"},
                )
                if status in (301, 302, 303):
                    with self.lock:
                        self.drafts_acked.append(title)
            except (OSError, AttributeError):  # a page that could not be read: try again
                with self.lock:
                    self.editor_errors += 1
            time.sleep(0.3)


class InputCollector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.fields = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in ("checkbox", "radio", "submit", "file"):
            self.fields.setdefault(name, attrs.get("value") or "")
        elif tag == "textarea" and name:
            self.fields.setdefault(name, "")


def form_inputs(page):
    collector = InputCollector()
    collector.feed(page)
    return collector.fields


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def wait_for(url, timeout=120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.5)
    sys.exit(f"{url} did not answer")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8120)
    parser.add_argument("--duration", type=float, default=60)
    parser.add_argument("--requests", type=int, default=20000, help="at most this many requests in all")
    parser.add_argument("--outage", type=float, default=10)
    options = parser.parse_args()
    base = f"http://127.0.0.1:{options.port}"
    with tempfile.TemporaryDirectory(prefix="faults-") as tmp:
        TMP[0] = tmp
        services = Services(tmp)
        services.init()
        services.start_pg()
        services.start_redis()
        server, figures = None, None
        try:
            subprocess.run(
                as_postgres(
                    [pg_bin("createdb"), "-h", "127.0.0.1", "-p", str(PG_PORT), "-U", "postgres", "website"]
                ),
                check=True,
            )
            print("migrating and loading the demo content…", flush=True)
            manage("migrate", "--noinput")
            manage("load_demo_content", settings="website.settings.dev")  # the loader is a dev-only app
            manage("collectstatic", "--noinput")
            server = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "-c",
                    "gunicorn.conf.py",
                    "--workers",
                    "2",
                    "--bind",
                    f"127.0.0.1:{options.port}",
                ],
                cwd=BASE_DIR,
                env=env(),
                stdout=subprocess.DEVNULL,
                stderr=open(Path(tmp) / "gunicorn.log", "w"),
            )
            wait_for(base + "/healthz")
            figures = run_load(base, services, options)
        finally:
            if server:
                server.terminate()
                server.wait(20)
            services.stop_redis()
            if figures is None:
                services.stop_pg()
        if figures is not None:
            if not pg_running(services):
                services.start_pg()
            try:
                ok = report(figures, services)
            finally:
                services.stop_pg()
            sys.exit(0 if ok else 1)


def page_urls():
    script = (
        "import django;django.setup();from wagtail.models import Page;"
        "pages=Page.objects.live().public().filter(depth__gt=2).specific()[:30];"
        "print('\\n'.join(p.url for p in pages if p.url));"
        "from home.models import StandardPage;"
        "from resources.models import GuidePage;"
        "print('FEEDBACK', GuidePage.objects.live().public().filter(locale__language_code='en').first().pk);"
        "print('EDIT', StandardPage.objects.filter(locale__language_code='en').first().pk)"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=BASE_DIR, env=env(), capture_output=True, text=True, check=True
    ).stdout.split("\n")
    pages = [line for line in out if line.startswith("/")]
    feedback = int(next(line for line in out if line.startswith("FEEDBACK")).split()[1])
    edit = int(next(line for line in out if line.startswith("EDIT")).split()[1])
    return pages, feedback, edit


def run_load(base, services, options):
    pages, feedback_page, edit_page = page_urls()
    load = Load(base, pages, feedback_page, edit_page)
    for url in pages:  # warm the page cache
        load.request("warm", url)
    load.records.clear()
    stop = threading.Event()
    budget = lambda: len(load.records) < options.requests  # noqa: E731
    threads = [threading.Thread(target=load.visitor, args=(stop, budget, worker)) for worker in range(4)]
    threads.append(threading.Thread(target=load.editor, args=(stop, budget)))
    start = time.monotonic()
    for thread in threads:
        thread.start()
    events = {}
    third = options.duration / 3
    time.sleep(third / 2)
    events["pg_stop"] = time.monotonic()
    services.stop_pg()
    time.sleep(options.outage)
    services.start_pg()
    events["pg_start"] = time.monotonic()
    time.sleep(max(0, start + third * 1.5 - time.monotonic()))
    events["redis_stop"] = time.monotonic()
    services.stop_redis()
    time.sleep(options.outage)
    services.start_redis()
    events["redis_start"] = time.monotonic()
    time.sleep(max(0, start + options.duration - time.monotonic()))
    stop.set()
    for thread in threads:
        thread.join(20)
    return load, events, start


def recovery(records, since, kinds=("uncached page", "search", "feedback")):
    good = [
        t + took for t, kind, status, took in records if t >= since and kind in kinds and 200 <= status < 400
    ]
    return (min(good) - since) if good else None


def report(figures, services):
    load, events, start = figures
    windows = [
        ("before the faults", start, events["pg_stop"]),
        ("PostgreSQL stopped", events["pg_stop"], events["pg_start"]),
        ("between", events["pg_start"], events["redis_stop"]),
        ("Redis stopped", events["redis_stop"], events["redis_start"]),
        ("after", events["redis_start"], float("inf")),
    ]
    print(
        f"\n{'window':<20} {'seconds':>7} {'requests':>8} {'median ms':>9} {'5xx':>5} {'500':>5} {'503':>5}"
        f" {'other fail':>10}  5xx by kind"
    )
    for name, begin, end in windows:
        # By when the answer came: a request sent just before PostgreSQL stopped is answered after.
        chosen = [record for record in load.records if begin <= record[0] + record[3] < end]
        rows = [(kind, status) for _t, kind, status, _took in chosen]
        median = statistics.median(took for *_rest, took in chosen) * 1000 if chosen else 0
        seconds = (min(end, max(r[0] + r[3] for r in chosen)) - begin) if chosen else 0
        fives = [(kind, status) for kind, status in rows if status >= 500]
        by_kind = collections.Counter(f"{kind} {status}" for kind, status in fives)
        others = sum(1 for _kind, status in rows if status == 0)
        print(
            f"{name:<20} {seconds:>7.1f} {len(rows):>8} {median:>9.0f} {len(fives):>5} {sum(1 for _k, s in fives if s == 500):>5} "
            f"{sum(1 for _k, s in fives if s == 503):>5} {others:>10}  {dict(by_kind)}"
        )
    pg = recovery(load.records, events["pg_start"])
    redis = recovery(load.records, events["redis_start"])
    print(
        f"\nrecovery after PostgreSQL restart: {pg:.2f} s"
        if pg is not None
        else "no recovery after PostgreSQL"
    )
    print(f"recovery after Redis restart: {redis:.2f} s" if redis is not None else "no recovery after Redis")
    script = (
        "import django,json;django.setup();from website.models import PageFeedback;"
        "from wagtail.models import Revision;"
        "print(PageFeedback.objects.count());"
        "print(json.dumps(list(Revision.objects.values_list('content__title', flat=True))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=BASE_DIR, env=env(), capture_output=True, text=True, check=True
    ).stdout.split("\n")
    import json

    stored_feedback, titles = int(out[0]), set(json.loads(out[1]))
    missing = [title for title in load.drafts_acked if title not in titles]
    print(f"feedback acknowledged: {load.feedback_acked}, rows stored: {stored_feedback}")
    print(
        f"drafts acknowledged: {len(load.drafts_acked)}, missing from the database: {len(missing)}"
        f" (editor pages that could not be read: {load.editor_errors})"
    )
    lost = stored_feedback < load.feedback_acked or missing
    print("every acknowledged write is in the database" if not lost else "SOME ACKNOWLEDGED WRITES WERE LOST")
    # The exit status: 1 when a promise is broken. A cached page answered 503 while PostgreSQL is down is
    # reported above but not counted here: that is the page cache's stale-if-error (website/cache.py).
    redis_5xx = sum(
        1
        for t, _kind, status, took in load.records
        if events["redis_stop"] <= t + took < events["redis_start"] and status >= 500
    )
    cached_5xx = sum(
        1
        for t, kind, status, took in load.records
        if events["pg_stop"] <= t + took < events["pg_start"] and kind == "cached page" and status >= 500
    )
    any_500 = sum(1 for _t, _kind, status, _took in load.records if status == 500)
    broken = [
        reason
        for reason, failed in [
            (f"{any_500} answers were 500", any_500),
            (f"{redis_5xx} answers were 5xx while Redis was down", redis_5xx),
            (f"{cached_5xx} cached pages answered 5xx while PostgreSQL was down", cached_5xx),
            ("recovery after PostgreSQL took over 5 s", pg is None or pg > 5),
            ("recovery after Redis took over 5 s", redis is None or redis > 5),
            ("acknowledged writes were lost", lost),
            ("the editor saved no draft", not load.drafts_acked),
            ("no feedback was acknowledged", not load.feedback_acked),
        ]
        if failed
    ]
    for reason in broken:
        print(f"FAILED: {reason}")
    return not broken


if __name__ == "__main__":
    main()
