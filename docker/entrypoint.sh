#!/bin/sh
# Container start: bring the database schema up to date, then hand the process over to gunicorn.
#
# Migrating on start keeps a single container self-contained (`docker compose up` just works). With
# several replicas, run `python manage.py migrate` once as a release step instead and start them with
# `gunicorn -c gunicorn.conf.py`.
set -eu
cd "$(dirname "$0")/.."

python manage.py migrate --noinput

# exec: gunicorn replaces this shell as PID 1, so it receives SIGTERM from `docker stop`
# and shuts its workers down gracefully.
exec gunicorn -c gunicorn.conf.py
