"""Gunicorn settings for the container (and any other production-like run).

Everything that varies comes from the environment; every variable is listed in `.env.example`.
Run with: gunicorn -c gunicorn.conf.py
"""

import os

import gunicorn.http.wsgi


def _env_int(name, default):
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def _cpu_count():
    try:
        return len(os.sched_getaffinity(0))  # the CPUs this process may use, not every CPU on the host
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


wsgi_app = "website.wsgi:application"
# Loopback unless told otherwise (`make serve-prod`); the container sets BIND_HOST=0.0.0.0, inside its own
# network, and publishes the port on the host's loopback only (docker-compose.yml).
bind = f"{os.environ.get('BIND_HOST', '').strip() or '127.0.0.1'}:{_env_int('PORT', 8000)}"

# Processes x threads. The cap keeps memory in check on big hosts, where the CPU count a container sees
# is often the host's, not its quota. threads > 1 makes gunicorn use its gthread worker.
workers = _env_int("WEB_CONCURRENCY", min(2 * _cpu_count() + 1, 4))
threads = _env_int("GUNICORN_THREADS", 2)

# Load the site once, in the master, before forking: each worker starts warm (a cold worker's first requests
# took seconds on a busy 2-core machine) and shares the loaded code's memory with the others.
preload_app = True

# No worker recycling by default. Measured with benchmarks/bench.py (tens of thousands of requests per worker):
# a worker's resident memory levels off at about 120-150 MB and does not grow, while recycling every ~1000
# requests cost cached pages and static files three quarters of their throughput (a new worker starting
# cold). Set GUNICORN_MAX_REQUESTS if a future change makes memory grow; the jitter keeps workers from
# restarting together. A recycled gthread worker finishes its in-flight requests and answers a request that
# arrives on a kept-alive connection with "Connection: close" (gunicorn 27), so no client is reset
# (website/tests/test_gunicorn_recycling.py: 8 kept-alive clients, workers recycled every ~30 requests).
max_requests = _env_int("GUNICORN_MAX_REQUESTS", 0)
max_requests_jitter = max(max_requests // 10, 0)

# A request that takes longer than this kills its worker; on stop, workers get this long to finish.
timeout = 30
graceful_timeout = 30

# Trust X-Forwarded-* headers only from these addresses (the reverse proxy in front of us).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

# Logs go to the container's output: access log to stdout, errors to stderr.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
# Privacy: no client IP, no query string (search words live there), no referrer, no user agent.
# method, path without query, status, bytes sent, duration in milliseconds. The logger masks the secret of
# invitation and password reset links: the route is logged, never the token (website/logmask.py).
access_log_format = "%(m)s %(U)s %(s)s %(b)s %(M)sms"
logger_class = "website.logmask.TokenMaskingLogger"

# The runtime control socket (gunicornc) is not used here, and the container user has no home directory
# to put it in.
control_socket_disable = True

# The worker heartbeat file belongs in memory, not on the container's overlay filesystem. Gunicorn
# creates it with mkstemp (private, random name) and unlinks it at once, so a shared tmpfs is safe.
if os.path.isdir("/dev/shm"):  # noqa: S108
    worker_tmp_dir = "/dev/shm"  # noqa: S108


# No "Server: gunicorn" response header --------------------------------------------------------------
# Gunicorn 27 has no setting for this. HTTP/1 responses write their own first headers in
# gunicorn.http.wsgi.Response.default_headers(), one "Name: value\r\n" string each, starting with
# "Server: gunicorn". Wrap that method to drop the Server line and nothing else. Loaded here, in the
# master, before any worker is forked, so every worker inherits the change. Check again on upgrade:
# `curl -sI http://127.0.0.1:$PORT/healthz` must show no Server header.
_default_headers = gunicorn.http.wsgi.Response.default_headers


def _default_headers_without_server(self):
    return [line for line in _default_headers(self) if not line.lower().startswith("server:")]


_default_headers_without_server.drops_server = True
if not getattr(_default_headers, "drops_server", False):  # a reload (HUP) reads this file again
    gunicorn.http.wsgi.Response.default_headers = _default_headers_without_server
