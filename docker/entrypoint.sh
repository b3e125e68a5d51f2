#!/bin/sh
# Container start: hand the process over to gunicorn, or to the command given (`migrate`, `scheduler`).
#
# App containers never migrate by themselves: with several of them starting together the migrations would
# race. The one-shot `migrate` service in docker-compose.yml runs them once, and the app and scheduler
# services wait for it to finish (depends_on: condition: service_completed_successfully).
set -eu
cd "$(dirname "$0")/.."

case "${1:-web}" in
  web)
    # exec: gunicorn replaces this shell as PID 1, so it receives SIGTERM from `docker stop`
    # and shuts its workers down gracefully.
    exec gunicorn -c gunicorn.conf.py ;;
  migrate)
    python manage.py migrate --noinput
    if [ -n "${AWS_STORAGE_BUCKET_NAME:-}" ]; then python manage.py ensure_media_bucket; fi ;;
  scheduler)
    exec python manage.py run_scheduler ;;
  *)
    exec "$@" ;;
esac
