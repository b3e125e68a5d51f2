# One target per task. The README and CI call these same targets.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
PORT ?= 8000
LANGS := ar bn zh_Hans fa ckb pl ro so ti uk ur
MAKEMESSAGES_OPTS := --no-obsolete --no-location --ignore=.venv --ignore=static_collected --ignore=media

.PHONY: help run serve serve-prod install demo migrate messages compile-messages check-messages lint test \
        test-postgres test-browser browser check-deploy bench lock clean

help:
	@echo "make run            set everything up (venv, install, migrate, demo content) and serve on :$(PORT)"
	@echo "make test           run the whole test suite (SQLite; browser tests when Chromium is installed)"
	@echo "make test-postgres  run the suite on PostgreSQL (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/website)"
	@echo "make test-browser   only the browser tests (Playwright + Debian's Chromium + axe-core)"
	@echo "make serve-prod     collect static files and serve with gunicorn and production settings"
	@echo "make lint           ruff, template lint, Dockerfile lint, Django checks, migrations and catalogues"
	@echo "make messages       update the gettext catalogues in locale/ after changing strings"
	@echo "make bench          print page weight and speed figures (benchmarks/)"

$(VENV)/.installed: requirements/base.txt requirements/dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements/dev.txt
	touch $@

install: $(VENV)/.installed

compile-messages: install
	$(MANAGE) compile_catalogues

migrate: install
	$(MANAGE) migrate --noinput

demo: migrate compile-messages
	$(MANAGE) load_demo_content

run: demo
	$(MANAGE) runserver 127.0.0.1:$(PORT)

serve: install
	$(MANAGE) runserver 127.0.0.1:$(PORT)

# Production settings on this machine: reads .env when present (see .env.example).
serve-prod: install compile-messages
	set -a; [ ! -f .env ] || . ./.env; set +a; \
	export DJANGO_SETTINGS_MODULE=website.settings.production; \
	$(MANAGE) migrate --noinput && $(MANAGE) collectstatic --noinput --verbosity 0 && \
	PORT=$(PORT) $(VENV)/bin/gunicorn -c gunicorn.conf.py

test: install compile-messages
	$(VENV)/bin/pytest $(PYTEST_ARGS)

test-postgres: install compile-messages
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/website} $(VENV)/bin/pytest $(PYTEST_ARGS)

test-browser: install compile-messages
	$(VENV)/bin/pytest -m browser

# Debian's Chromium for the browser tests (never a browser download). Needs root (apt).
browser:
	command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium \
		fonts-noto-core fonts-noto-cjk)

# Needs GNU gettext (Debian package gettext).
messages: install
	$(MANAGE) makemessages $(addprefix -l ,$(LANGS)) $(MAKEMESSAGES_OPTS)

# Fails when a catalogue in locale/ is missing strings the code now has (or keeps ones it dropped), or
# leaves any string untranslated.
check-messages: install
	$(MANAGE) check_catalogues --require-translations

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djlint --check --lint $(wildcard */templates)
	$(VENV)/bin/hadolint Dockerfile
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

check-deploy: install
	DJANGO_SETTINGS_MODULE=website.settings.production SECRET_KEY=$${SECRET_KEY:-check-deploy-$$(date +%s)-abcdefghijklmnopqrstuvwxyz0123456789} \
	ALLOWED_HOSTS=$${ALLOWED_HOSTS:-example.org} $(MANAGE) check --deploy --fail-level WARNING

bench: install compile-messages
	$(PY) benchmarks/page_weight.py

lock:
	$(PY) -m pip freeze --exclude pip --exclude setuptools > /tmp/website-lock.txt
	@echo "Review /tmp/website-lock.txt and split it into requirements/base.txt and requirements/dev.txt"

clean:
	rm -rf $(VENV) static_collected db.sqlite3 db.sqlite3-wal db.sqlite3-shm
