# Two stages: "build" installs the Python packages, compiles translations and collects static files;
# "runtime" gets only their results and runs as a non-root user. Build tools never reach the final image.
#
#   docker build -t website .
#   docker compose up        (see docker-compose.yml and .env.example)

# BUILD STAGE ----------------------------------------------------------------------------------------
FROM python:3.11-slim-bookworm AS build

# gettext provides msgfmt for compilemessages. No compilers needed: every package in
# requirements/base.txt ships a binary wheel (psycopg-binary, Pillow and pillow-heif bundle their C
# libraries). The pin is bookworm's version; update it if a newer base image changes it.
RUN apt-get update --quiet \
 && apt-get install --yes --quiet --no-install-recommends gettext=0.21-12 \
 && rm -rf /var/lib/apt/lists/*

ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PATH="/opt/venv/bin:$PATH"

WORKDIR /app

# Requirements first, so code changes don't reinstall every package. Only the runtime dependencies, with
# their hashes (`make lock`): pip refuses a file whose hash is not in requirements/base.txt.
COPY requirements/base.txt requirements/base.txt
RUN python -m venv /opt/venv \
 && pip install --no-cache-dir --require-hashes -r requirements/base.txt

COPY . .

# The key below exists only for these commands (production settings refuse to load without one); it is
# not stored in the image's environment and no request is ever signed with it.
RUN export SECRET_KEY=build-only-not-secret-never-used-at-runtime \
        DJANGO_SETTINGS_MODULE=website.settings.production \
 && python manage.py compilemessages \
 && python manage.py collectstatic --noinput \
 && python -m compileall -q .

# RUNTIME STAGE --------------------------------------------------------------------------------------
FROM python:3.11-slim-bookworm AS runtime

# No apt packages: the wheels carry their own libraries and the health check uses Python, not curl.
RUN useradd --no-log-init --uid 10001 --user-group --no-create-home --shell /usr/sbin/nologin app

ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PATH="/opt/venv/bin:$PATH" \
    DJANGO_SETTINGS_MODULE=website.settings.production \
    PORT=8000 \
    BIND_HOST=0.0.0.0 \
    MEDIA_ROOT=/app/media \
    PAGE_CACHE_DIR=/app/page-cache

WORKDIR /app

# Code, compiled .mo files and collected static files stay owned by root: the app can read them,
# not change them. Only the media directory (uploaded images and documents) and the page cache are writable.
COPY --from=build /opt/venv /opt/venv
COPY --from=build /app /app
RUN mkdir -p /app/media /app/page-cache && chown app:app /app/media /app/page-cache

# Numeric, so Kubernetes' runAsNonRoot and similar checks can verify it: 10001 is the user "app".
USER 10001:10001

EXPOSE 8000

# 200 from /healthz means gunicorn is serving and the database answers. It asks 127.0.0.1 over plain
# HTTP: ALLOWED_HOSTS must include 127.0.0.1, and /healthz is exempt from the HTTPS redirect.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "/app/docker/healthcheck.py"]

# Migrate, then exec gunicorn (settings in gunicorn.conf.py). SIGTERM stops it gracefully.
CMD ["/app/docker/entrypoint.sh"]
