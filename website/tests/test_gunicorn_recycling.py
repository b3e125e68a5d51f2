"""A recycled gunicorn worker never resets a client's connection (the shipped gunicorn.conf.py).

Recycling is off by default (gunicorn.conf.py says why); whoever turns it on with GUNICORN_MAX_REQUESTS
must not trade memory for dropped requests. Here gunicorn runs with production settings, 2 workers of 2
threads, recycling every ~30 requests, and eight clients each keep one connection alive and send request
after request on it, as a browser or a proxy in front does. Every request must get a whole answer: a
worker on its way out answers on a kept-alive connection with "Connection: close" (the client then opens a
new one), and never drops a request it has been sent ("connection reset by peer", or a close with no
answer). Select with `pytest -m http`.
"""

import http.client
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest

from website.tests.browser_fixtures import free_port, production_env

pytestmark = pytest.mark.http

ROOT = Path(__file__).resolve().parents[2]
CLIENTS = 8
REQUESTS_EACH = 150
MAX_REQUESTS = 30


@pytest.fixture(scope="module")
def recycling_server():
    tmp = Path(tempfile.mkdtemp(prefix="recycling-"))
    port = free_port()
    env = production_env(
        tmp,
        port,
        PAGE_CACHE_DIR=str(tmp / "page-cache"),
        FRAGMENT_CACHE_DIR=str(tmp / "fragment-cache"),
        WEB_CONCURRENCY="2",
        GUNICORN_THREADS="2",
        GUNICORN_MAX_REQUESTS=str(MAX_REQUESTS),
        LOG_LEVEL="INFO",  # gunicorn says when it recycles a worker
    )
    env.pop("REDIS_URL", None)
    for command in (["migrate", "--noinput"], ["collectstatic", "--noinput"]):
        subprocess.run(
            [sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
        )
    log = tmp / "gunicorn.log"
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "-c",
            "gunicorn.conf.py",
            "--error-logfile",
            str(log),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            time.sleep(0.2)
    static = next((tmp / "static").rglob("site.*.css"), None)
    yield {"port": port, "log": log, "static": "/static/" + str(static.relative_to(tmp / "static"))}
    server.terminate()
    server.wait(timeout=30)
    shutil.rmtree(tmp, ignore_errors=True)


def client(port, paths, outcome):
    """Send requests one after another on one kept-alive connection; a new one only when the server closes."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    for n in range(REQUESTS_EACH):
        path = paths[n % len(paths)]
        try:
            connection.request("GET", path, headers={"Host": "localhost"})
            response = connection.getresponse()
            response.read()
        except (ConnectionError, http.client.HTTPException, OSError) as error:
            outcome["errors"].append(f"{path}: {type(error).__name__}: {error}")
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
            continue
        outcome["statuses"].append(response.status)
        if response.will_close:
            outcome["closed"] += 1
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
        else:
            outcome["reused"] += 1
    connection.close()


def test_recycled_workers_answer_every_kept_alive_request(recycling_server):
    outcome = {"errors": [], "statuses": [], "closed": 0, "reused": 0}
    paths = ["/healthz", recycling_server["static"], "/en/", "/ar/"]
    threads = [
        threading.Thread(target=client, args=(recycling_server["port"], paths, outcome))
        for _ in range(CLIENTS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    restarts = recycling_server["log"].read_text().count("Autorestarting worker")
    total = CLIENTS * REQUESTS_EACH
    # The workers were recycled many times while the clients worked (else this tests nothing)…
    assert restarts >= total // (MAX_REQUESTS * 2), restarts
    # …and kept-alive connections were in use, and closed by the server only with an answer.
    assert outcome["reused"] > total // 2, outcome["reused"]
    assert outcome["closed"] >= restarts // 2, (outcome["closed"], restarts)
    assert outcome["errors"] == []
    assert len(outcome["statuses"]) == total
    assert set(outcome["statuses"]) <= {200, 301, 302, 404}, set(outcome["statuses"])
