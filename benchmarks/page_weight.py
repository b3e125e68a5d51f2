#!/usr/bin/env python
"""Measure what a visitor downloads on first load of a guide page, and how fast pages are served.

Starts the site with production settings (gunicorn, collected and compressed static files) on a free
loopback port against a throwaway SQLite copy of the demo content, then prints:
  - bytes transferred (gzip, as a browser asks for it) and number of requests for a guide's first load:
    the HTML plus every stylesheet, script and image it references on this site;
  - requests to other hosts (must be 0) and cookies set (must be 0);
  - requests per second for a guide page and for a static file (bounded loop, loopback only).
Exit status 1 when the budget in PRODUCT.md (≤ 50 KB, ≤ 5 requests, 0 third-party) is broken.
"""

import gzip
import http.client
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlparse

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
BUDGET_BYTES = 50 * 1024
BUDGET_REQUESTS = 5
GUIDE_PATH = "/en/guides/register-with-a-gp/"
MODULE_PATH = "/en/training/trauma-informed-primary-care/working-with-lived-experience/"
FIRST_LOADS = [("a guide page", GUIDE_PATH), ("a training module", MODULE_PATH)]


class Assets(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "link" and a.get("rel") in ("stylesheet", "icon", "manifest") and a.get("href"):
            # Browsers fetch a print stylesheet on load too (at low priority): it counts.
            self.urls.append(a["href"])
        elif tag in ("script", "img") and a.get("src"):
            self.urls.append(a["src"])


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(port, path):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", path, headers={"Accept-Encoding": "gzip", "Host": "localhost"})
    response = conn.getresponse()
    body = response.read()
    headers = dict(response.getheaders())
    conn.close()
    return response.status, headers, body


def first_load(port, path):
    """(bytes, requests, third-party URLs, cookies set, rows, asset URLs) of a page's first load."""
    status, headers, body = fetch(port, path)
    if status != 200:
        return None
    html = gzip.decompress(body) if headers.get("Content-Encoding") == "gzip" else body
    parser = Assets()
    parser.feed(html.decode())
    total, requests, third_party, cookies = len(body), 1, [], int("Set-Cookie" in headers)
    rows = [(path, len(body), headers.get("Content-Encoding", "identity"))]
    for url in parser.urls:
        if url.startswith("data:"):  # inline data, not a request
            continue
        absolute = urljoin(f"http://localhost{path}", url)
        if urlparse(absolute).hostname not in ("localhost", "127.0.0.1"):
            third_party.append(absolute)
            continue
        _status, a_headers, a_body = fetch(port, urlparse(absolute).path)
        requests += 1
        total += len(a_body)
        cookies += int("Set-Cookie" in a_headers)
        rows.append((urlparse(absolute).path, len(a_body), a_headers.get("Content-Encoding", "identity")))
    return total, requests, third_party, cookies, rows, parser.urls


def requests_per_second(port, path, seconds=3.0, max_requests=3000):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    done, start = 0, time.perf_counter()
    while done < max_requests and time.perf_counter() - start < seconds:
        conn.request("GET", path, headers={"Accept-Encoding": "gzip", "Host": "localhost"})
        conn.getresponse().read()
        done += 1
    conn.close()
    return done / (time.perf_counter() - start)


def main():
    tmp = Path(tempfile.mkdtemp(prefix="bench-"))
    env = dict(
        os.environ,
        DATABASE_URL=f"sqlite:///{tmp / 'bench.sqlite3'}",
        STATIC_ROOT=str(tmp / "static"),
        PAGE_CACHE_DIR=str(tmp / "page-cache"),
        MEDIA_ROOT=str(tmp / "media"),
        SECRET_KEY="benchmark-only-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJ",
        ALLOWED_HOSTS="localhost,127.0.0.1",
        LOG_LEVEL="WARNING",
        SECURE_SSL_REDIRECT="false",
        SESSION_COOKIE_SECURE="false",
        CSRF_COOKIE_SECURE="false",
        SECURE_HSTS_SECONDS="0",
    )
    dev = dict(env, DJANGO_SETTINGS_MODULE="website.settings.dev")
    prod = dict(env, DJANGO_SETTINGS_MODULE="website.settings.production")
    quiet = {"cwd": ROOT, "check": True, "stdout": subprocess.DEVNULL}
    subprocess.run([PYTHON, "manage.py", "migrate", "--noinput"], env=dev, **quiet)
    subprocess.run([PYTHON, "manage.py", "load_demo_content"], env=dev, **quiet)
    subprocess.run([PYTHON, "manage.py", "collectstatic", "--noinput"], env=prod, **quiet)
    port = free_port()
    server = subprocess.Popen(
        [
            str(Path(PYTHON).parent / "gunicorn"),
            "-c",
            "gunicorn.conf.py",
            "--workers",
            "1",
            "--threads",
            "1",
            "--access-logfile",
            "/dev/null",
        ],
        cwd=ROOT,
        env=dict(prod, PORT=str(port)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            try:
                if fetch(port, "/healthz")[0] == 200:
                    break
            except OSError:
                time.sleep(0.2)
        results = {}
        for label, path in FIRST_LOADS:
            result = first_load(port, path)
            if result is None:
                print(f"{path} did not answer 200")
                return 1
            results[label] = result
            total, requests, third_party, cookies, rows, _urls = result
            print(f"First load of {label} (compressed as sent):")
            for row_path, size, encoding in rows:
                print(f"  {size:>8,} B  {encoding:<8} {row_path}")
            print(
                f"  total {total:,} B ({total / 1024:.1f} KB) in {requests} requests; budget "
                f"{BUDGET_BYTES // 1024} KB, {BUDGET_REQUESTS} requests"
            )
            print(f"  third-party requests: {len(third_party)}  cookies set: {cookies}")
        parser_urls = results["a guide page"][5]
        static_path = next((urlparse(u).path for u in parser_urls if u.endswith(".css")), "/static/")
        static_rps = requests_per_second(port, static_path)
        page_rps = requests_per_second(port, GUIDE_PATH)  # from the page cache after the first request
        uncached_rps = requests_per_second(port, "/en/search/?q=register", seconds=2.0, max_requests=500)
        ratio = page_rps / static_rps
        print("Requests per second, one worker, one connection, on loopback:")
        print(
            f"  static file {static_rps:.0f}; cached guide page {page_rps:.0f} (ratio {ratio:.2f}, budget >= 0.50)"
        )
        print(f"  uncached page (search, never cached) {uncached_rps:.0f}")
        ok = ratio >= 0.5
        for total, requests, third_party, cookies, _rows, _urls in results.values():
            ok = (
                ok
                and total <= BUDGET_BYTES
                and requests <= BUDGET_REQUESTS
                and not third_party
                and not cookies
            )
        print("Budget: " + ("met" if ok else "BROKEN"))
        return 0 if ok else 1
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    if re.search(r"\bhelp\b", " ".join(sys.argv[1:])):
        print(__doc__)
        sys.exit(0)
    sys.exit(main())
