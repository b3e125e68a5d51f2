#!/usr/bin/env python
"""Speed under concurrent load, as visitors feel it, with the shipped gunicorn.conf.py and nginx in front.

    python benchmarks/bench.py                      # the demo content on a throwaway SQLite database
    python benchmarks/bench.py --guides 10000       # plus 10,000 generated guides, on PostgreSQL
                                                    # (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/website_bench)

Starts gunicorn (gunicorn.conf.py, production settings, its own file caches) and nginx (docker/nginx.conf,
pointed at that gunicorn), then runs `wrk` (Debian's package: -t2 -c16 per target) in interleaved rounds:
each round measures every target in turn, each right after the static file from the same server (three such
pairs of 2-second runs), and takes the median of the target's requests per second divided by that static
figure, so a busy machine slows both alike and one stall does not decide a round. Targets, in English and
Arabic: a static file, a cached guide, an uncached guide (a cookie keeps it out of the page cache, so every
request renders it), the home page, the guide index, search; through nginx: a static file and a cached guide.

Then: SQL queries per page type (uncached, after one warm-up request), the sizes of the guide index and the
translation report pages, worker memory (RSS) before and after, and the budgets from PRODUCT.md met or not.
Exit status 1 when a budget is broken.
"""

import argparse
import http.client
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
WRK = shutil.which("wrk")
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
BENCH_COOKIE = "bench=uncached"  # any cookie: the page cache passes the request through


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(port, path, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", path, headers={"Accept-Encoding": "gzip", "Host": "localhost", **(headers or {})})
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response.status, dict(response.getheaders()), body


def wait_for(port, path="/healthz", seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            if fetch(port, path)[0] in (200, 503):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"nothing answered on port {port}")


def wrk(port, path, seconds, cookie=False, threads=2, connections=16):
    command = [WRK, f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s"]
    command += ["-H", "Accept-Encoding: gzip"]
    command += ["-H", "Host: localhost"]
    if cookie:
        command += ["-H", f"Cookie: {BENCH_COOKIE}"]
    out = subprocess.run([*command, f"http://127.0.0.1:{port}{path}"], capture_output=True, text=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: (.*)", out)
    return rps, int(errors.group(1)) if errors else 0, socket_errors.group(1) if socket_errors else ""


def settings_env(tmp, database_url):
    env = dict(
        os.environ,
        DATABASE_URL=database_url,
        STATIC_ROOT=str(tmp / "static"),
        PAGE_CACHE_DIR=str(tmp / "page-cache"),
        FRAGMENT_CACHE_DIR=str(tmp / "fragment-cache"),
        MEDIA_ROOT=str(tmp / "media"),
        SECRET_KEY="benchmark-only-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJ",
        ALLOWED_HOSTS="localhost,127.0.0.1",
        LOG_LEVEL="WARNING",
        SECURE_SSL_REDIRECT="false",
        SESSION_COOKIE_SECURE="false",
        CSRF_COOKIE_SECURE="false",
        SECURE_HSTS_SECONDS="0",
        DJANGO_SETTINGS_MODULE="website.settings.production",
    )
    env.pop("REDIS_URL", None)
    return env


def prepare(env, guides, fresh):
    quiet = {"cwd": ROOT, "check": True, "stdout": subprocess.DEVNULL}
    dev = dict(env, DJANGO_SETTINGS_MODULE="website.settings.dev")
    # A kept database gets the migrations added since it was made, so it measures the code as it is now.
    subprocess.run([PYTHON, "manage.py", "migrate", "--noinput"], env=dev, **quiet)
    if fresh:
        subprocess.run([PYTHON, "manage.py", "load_demo_content"], env=dev, **quiet)
    if guides:
        subprocess.run(
            [PYTHON, str(ROOT / "benchmarks" / "generate_guides.py"), str(guides)],
            env=dev,
            check=True,
            cwd=ROOT,
        )
    subprocess.run([PYTHON, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"], env=env, **quiet)


def start_gunicorn(env, port):
    return subprocess.Popen(
        [str(Path(PYTHON).parent / "gunicorn"), "-c", "gunicorn.conf.py", "--access-logfile", "/dev/null"],
        cwd=ROOT,
        env=dict(env, PORT=str(port)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def start_nginx(tmp, app_port, port):
    conf = (ROOT / "docker" / "nginx.conf").read_text()
    conf = conf.replace("server web:8000;", f"server 127.0.0.1:{app_port};")
    conf = conf.replace("listen 8080;", f"listen 127.0.0.1:{port};")
    conf = conf.replace("/var/cache/nginx/pages", str(tmp / "nginx-cache"))
    conf = conf.replace("/tmp/nginx", str(tmp / "nginx"))  # noqa: S108 (the file's paths, not ours)
    conf = conf.replace("load_module modules/", "load_module /usr/lib/nginx/modules/")
    conf = conf.replace("error_log /dev/stderr warn;", f"error_log {tmp / 'nginx-error.log'} warn;")
    if os.geteuid() == 0:  # nginx's workers would run as nobody, who can't write to our temporary folder
        conf = "user root;\n" + conf
    (tmp / "nginx.conf").write_text(conf)
    process = subprocess.Popen(
        [
            NGINX,
            "-e",
            str(tmp / "nginx-error.log"),
            "-p",
            str(tmp),
            "-c",
            str(tmp / "nginx.conf"),
            "-g",
            "daemon off;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    return process


def worker_rss(master):
    """Resident memory (KB) of each gunicorn worker, the master's children."""
    try:
        children = Path(f"/proc/{master.pid}/task/{master.pid}/children").read_text().split()
    except OSError:
        return []
    sizes = []
    for pid in children:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
            sizes.append(int(re.search(r"VmRSS:\s+(\d+)", status).group(1)))
        except (OSError, AttributeError):
            pass
    return sizes


def find_paths(port):
    """A guide, the guide index and a static stylesheet, from the English and Arabic home pages."""
    paths = {}
    for language in ("en", "ar"):
        _status, _headers, body = fetch(port, f"/{language}/", {"Accept-Encoding": "identity"})
        html = body.decode()
        guide = re.search(rf'href="(/{language}/guides/[a-z0-9-]+/)"', html)
        paths[f"guide {language}"] = guide.group(1) if guide else f"/{language}/guides/register-with-a-gp/"
        paths[f"home {language}"] = f"/{language}/"
        paths[f"index {language}"] = f"/{language}/guides/"
        word = "register" if language == "en" else "طبيب"
        paths[f"search {language}"] = f"/{language}/search/?q={quote(word)}"
        css = re.search(r'href="(/static/[^"]+\.css)"', html)
        paths.setdefault("static", css.group(1) if css else "/static/website/css/site.css")
    return paths


def targets(paths, app, front):
    rows = [("static", app, paths["static"], False)]
    for language in ("en", "ar"):
        rows += [
            (f"cached guide {language}", app, paths[f"guide {language}"], False),
            (f"uncached guide {language}", app, paths[f"guide {language}"], True),
            (f"home {language}", app, paths[f"home {language}"], True),
            (f"guide index {language}", app, paths[f"index {language}"], True),
            (f"search {language}", app, paths[f"search {language}"], False),
        ]
    rows += [
        ("front: static", front, paths["static"], False),
        ("front: cached guide en", front, paths["guide en"], False),
        ("front: cached guide ar", front, paths["guide ar"], False),
    ]
    return rows


def query_counts(env, paths):
    """SQL queries for each page type, uncached, from a Django client in a separate process."""
    script = ROOT / "benchmarks" / "query_counts.py"
    out = subprocess.run(
        [PYTHON, str(script), *[f"{k}={v}" for k, v in paths.items() if k != "static"]],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if out.returncode:
        print(out.stderr[-2000:])
    return out.stdout


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--guides", type=int, default=0, help="generate this many guides (PostgreSQL)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=2, help="each wrk run")
    parser.add_argument(
        "--pairs", type=int, default=3, help="static-then-target pairs a round; its figure is their median"
    )
    parser.add_argument("--port", type=int, default=0, help="gunicorn's port (nginx takes the next)")
    parser.add_argument("--keep", action="store_true", help="keep the PostgreSQL database's content")
    parser.add_argument(
        "--only",
        default="",
        help="measure only the targets whose names contain one of these comma-separated words (the static "
        "files are always measured; the budgets are then checked for those targets only)",
    )
    args = parser.parse_args()
    if not WRK:
        raise SystemExit("wrk is not installed (Debian: apt-get install wrk)")
    tmp = Path(tempfile.mkdtemp(prefix="bench-"))
    fresh = True
    if args.guides:
        database_url = os.environ.get(
            "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/website_bench"
        )
        name = database_url.rsplit("/", 1)[1]
        server = database_url.rsplit("/", 1)[0] + "/postgres"
        exists = subprocess.run(
            ["psql", server, "-tAc", f"SELECT 1 FROM pg_database WHERE datname = '{name}'"],  # noqa: S608
            capture_output=True,
            text=True,
        ).stdout.strip()
        if exists and args.keep:
            fresh = False
        else:
            subprocess.run(["psql", server, "-qc", f'DROP DATABASE IF EXISTS "{name}"'], check=True)
            subprocess.run(["psql", server, "-qc", f'CREATE DATABASE "{name}"'], check=True)
    else:
        database_url = f"sqlite:///{tmp / 'bench.sqlite3'}"
    env = settings_env(tmp, database_url)
    processes = []
    try:
        print(
            f"Preparing ({'demo content' + (f' + {args.guides:,} guides' if args.guides else '')})…",
            flush=True,
        )
        prepare(env, args.guides if fresh else 0, fresh)
        app = args.port or free_port()
        front = app + 1 if args.port else free_port()
        gunicorn = start_gunicorn(env, app)
        processes.append(gunicorn)
        wait_for(app)
        processes.append(start_nginx(tmp, app, front))
        wait_for(front)
        paths = find_paths(app)
        print("Pages:", ", ".join(f"{k} {v}" for k, v in paths.items()))
        rows = targets(paths, app, front)
        if args.only:
            wanted = [word.strip() for word in args.only.split(",") if word.strip()]
            rows = [row for row in rows if "static" in row[0] or any(word in row[0] for word in wanted)]
        for _label, port, path, cookie in rows:  # warm the caches
            fetch(port, path, {"Cookie": BENCH_COOKIE} if cookie else None)
            fetch(port, path, {"Cookie": BENCH_COOKIE} if cookie else None)
        rss_start = worker_rss(gunicorn)
        ratios = {label: [] for label, *_ in rows if "static" not in label}
        rates = {label: [] for label, *_ in rows}
        problems = []
        # Each target is measured right after the static file from the same server, and divided by that
        # figure: a stall of this shared machine then slows both, rather than one target and not the
        # static file measured a minute earlier. A round's figure for a target is the median of --pairs
        # such back-to-back pairs, so one stall of a few seconds (seen here: a static file at a third of
        # its rate, or a cached page at a third of its own) does not decide it.
        statics = {port: (label, path) for label, port, path, _cookie in rows if "static" in label}
        for round_number in range(1, args.rounds + 1):
            for label, port, path, cookie in rows:
                if "static" in label:
                    continue
                static_label, static_path = statics[port]
                pairs = []
                for _pair in range(args.pairs):
                    for name, target, with_cookie in (
                        (static_label, static_path, False),
                        (label, path, cookie),
                    ):
                        rps, errors, socket_errors = wrk(port, target, args.seconds, with_cookie)
                        if errors or socket_errors:
                            problems.append(
                                f"round {round_number} {name}: {errors} non-2xx, socket errors {socket_errors}"
                            )
                        rates[name].append(rps)
                    pairs.append(rates[label][-1] / rates[static_label][-1])
                ratios[label].append(statistics.median(pairs))
            print(
                f"round {round_number}: "
                + "  ".join(
                    f"{label} {ratios[label][-1]:.3f}" for label, *_ in rows if "static" not in label
                ),
                flush=True,
            )
        rss_end = worker_rss(gunicorn)
        errors_log = tmp / "nginx-error.log"
        if errors_log.exists() and errors_log.read_text().strip():
            print("nginx errors:", errors_log.read_text()[-1500:])
        print()
        print(f"{'target':<26}{'req/s (median)':>16}{'÷ static just before, per round':>40}")
        for label, *_ in rows:
            if label in ratios:
                per_round = " ".join(f"{r:.3f}" for r in ratios[label])
            else:
                per_round = (
                    f"{min(rates[label]):.0f}–{max(rates[label]):.0f} req/s in {len(rates[label])} runs"
                )
            print(f"{label:<26}{statistics.median(rates[label]):>16.0f}   {per_round:>36}")
        print()
        print("SQL queries per page (uncached):")
        counts_text = query_counts(env, paths)
        print(counts_text)
        print(f"gunicorn worker RSS (KB): before {rss_start}, after {rss_end}")
        for problem in problems:
            print("  !", problem)

        def worst(label):
            return min(ratios[label]) if label in ratios else float("inf")

        checks = [
            ("cached guide ÷ static ≥ 0.5", min(worst("cached guide en"), worst("cached guide ar")) >= 0.5),
            (
                "uncached guide ÷ static ≥ 0.06",
                min(worst("uncached guide en"), worst("uncached guide ar")) >= 0.06,
            ),
            ("search ÷ static ≥ 0.04", min(worst("search en"), worst("search ar")) >= 0.04),
            (
                "front: cached guide ÷ front static ≥ 0.5",
                min(worst("front: cached guide en"), worst("front: cached guide ar")) >= 0.5,
            ),
            ("≤ 12 queries for every page type", "OVER" not in counts_text),
            ("no errors under load", not problems),
        ]
        print()
        for name, ok in checks:
            print(f"{'met   ' if ok else 'BROKEN'} {name}")
        return 0 if all(ok for _name, ok in checks) else 1
    finally:
        for process in reversed(processes):
            try:
                os.killpg(process.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            process.wait(timeout=30)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
