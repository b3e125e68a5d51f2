"""docker/nginx.conf, run for real in front of a stand-in app: it caches public answers, never one that sets
a cookie, a private one or one for a signed-in visitor, and a purge empties a page.

Needs Debian's nginx and libnginx-mod-http-cache-purge (CI installs them); skipped where nginx is missing.
"""

import http.client
import importlib.util
import shutil
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NGINX = shutil.which("nginx") or (Path("/usr/sbin/nginx") if Path("/usr/sbin/nginx").exists() else None)
PURGE_MODULE = Path("/usr/lib/nginx/modules/ngx_http_cache_purge_module.so")

pytestmark = pytest.mark.skipif(
    not NGINX or not PURGE_MODULE.exists(), reason="nginx with the cache purge module is not installed"
)


def load_bench():
    spec = importlib.util.spec_from_file_location("bench", ROOT / "benchmarks" / "bench.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class App(BaseHTTPRequestHandler):
    hits = {}

    def do_GET(self):  # noqa: N802 (the HTTP method's name)
        App.hits[self.path] = App.hits.get(self.path, 0) + 1
        headers = {"Cache-Control": "public, max-age=60", "Content-Type": "text/html"}
        if self.path.startswith("/sets-cookie"):
            headers["Set-Cookie"] = "sessionid=abc; HttpOnly"
        elif self.path.startswith("/private"):
            headers["Cache-Control"] = "private, no-cache"
        elif self.path.startswith("/never"):
            headers["Cache-Control"] = "max-age=0, no-cache, no-store, must-revalidate, private"
        body = f"render {App.hits[self.path]} of {self.path}".encode()
        self.send_response(200)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def front():
    bench = load_bench()
    App.hits = {}
    app = ThreadingHTTPServer(("127.0.0.1", 0), App)
    threading.Thread(target=app.serve_forever, daemon=True).start()
    tmp = Path(tempfile.mkdtemp(prefix="front-cache-"))
    port = bench.free_port()
    nginx = bench.start_nginx(tmp, app.server_port, port)
    try:
        deadline = time.time() + 10
        while time.time() < deadline:
            try:
                get(port, "/ready")
                break
            except OSError:
                time.sleep(0.1)
        yield port
    finally:
        nginx.terminate()
        nginx.wait(10)
        app.shutdown()
        shutil.rmtree(tmp, ignore_errors=True)


def get(port, path, method="GET", headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request(method, path, headers={"Host": "localhost", **(headers or {})})
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response.status, response.getheader("X-Front-Cache"), body.decode(errors="replace")


def test_public_pages_are_served_from_the_front_cache_until_purged(front):
    assert get(front, "/en/guide/")[:2] == (200, "MISS")
    status, state, body = get(front, "/en/guide/")
    assert (status, state) == (200, "HIT")
    assert body == "render 1 of /en/guide/"
    assert get(front, "/en/guide/", method="PURGE")[0] == 200
    assert get(front, "/en/guide/")[1] == "MISS"
    assert get(front, "/en/guide/")[2] == "render 2 of /en/guide/"


def test_answers_that_set_a_cookie_or_are_private_are_never_kept(front):
    for path in ("/sets-cookie/", "/private/", "/never/"):
        for _ in range(3):
            status, state, _body = get(front, path)
            assert status == 200
            assert state != "HIT", path
        assert App.hits[path] == 3, path


def test_signed_in_visitors_bypass_the_front_cache_and_leave_nothing_in_it(front):
    for _ in range(2):
        _status, state, body = get(front, "/en/signed-in/", headers={"Cookie": "sessionid=abc"})
        assert state == "BYPASS"
    assert App.hits["/en/signed-in/"] == 2
    # The next anonymous visitor gets a fresh render, not the signed-in person's page.
    assert get(front, "/en/signed-in/")[1] == "MISS"
    assert get(front, "/en/other/", headers={"Authorization": "Basic eDp5"})[1] == "BYPASS"


def test_private_documents_are_never_served_from_the_media_folder(front):
    assert get(front, "/media/documents/handout.pdf")[0] == 404
