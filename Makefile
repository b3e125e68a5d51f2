# One target per task. The README and CI call these same targets; `make help` lists them (each target's
# `## ` comment is its line in the help).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
PORT ?= 8000
LANGS := ar bn zh_Hans fa ckb pl ro so ti uk ur
MAKEMESSAGES_OPTS := --no-obsolete --no-location --ignore=.venv --ignore=static_collected --ignore=media

.PHONY: help run serve serve-prod install demo migrate messages compile-messages check-messages lint test \
        test-postgres test-browser browser check-deploy bench bench-search lock hooks clean

help: ## list these targets
	@awk -F ':.*## ' '/^[a-z-]+:.*## / { printf "make %-17s %s\n", $$1, $$2 }' $(MAKEFILE_LIST)

# The site runs on Python 3.11 only (pyproject's requires-python, the Docker image's base), 3.11.5 or later
# (the oldest some pinned packages install on). $(call require-python,INTERPRETER) stops make with a message
# naming the interpreter when it is another one.
require-python = $(1) -c 'import sys; sys.exit(not (3, 11, 5) <= sys.version_info < (3, 12))' 2>/dev/null || { \
	echo "make: this project needs Python 3.11 (3.11.5 or later), but '$(or $(1),python3)' is $$(command -v "$(1)" >/dev/null && $(1) --version 2>&1 || echo "not found")." >&2; \
	echo "Install python3.11, or run make PYTHON=/path/to/python3.11 (after make clean if .venv has another Python)." >&2; \
	exit 1; }

# Exact versions with hashes (see `make lock`): pip refuses any file whose hash is not in the list.
$(VENV)/.installed: requirements/base.txt requirements/dev.txt
	@if [ -x $(PY) ]; then $(call require-python,$(PY)); else $(call require-python,$(PYTHON)); fi
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes -r requirements/dev.txt
	touch $@

install: $(VENV)/.installed ## create .venv (Python 3.11) and install requirements/dev.txt, hashes checked

compile-messages: install ## compile the gettext catalogues in locale/ (.mo files)
	$(MANAGE) compile_catalogues

migrate: install ## apply the database migrations
	$(MANAGE) migrate --noinput

demo: migrate compile-messages ## load the demo content (idempotent)
	$(MANAGE) load_demo_content

run: demo ## set everything up (venv, install, migrate, demo content) and serve on 127.0.0.1:$PORT (8000)
	$(MANAGE) runserver 127.0.0.1:$(PORT)

serve: install ## serve on 127.0.0.1:$PORT (8000) without touching the database
	$(MANAGE) runserver 127.0.0.1:$(PORT)

# Production settings on this machine: reads .env when present (see .env.example).
serve-prod: install compile-messages ## collect static files and serve with gunicorn and production settings
	set -a; [ ! -f .env ] || . ./.env; set +a; \
	export DJANGO_SETTINGS_MODULE=website.settings.production; \
	$(MANAGE) migrate --noinput && $(MANAGE) collectstatic --noinput --verbosity 0 && \
	PORT=$(PORT) $(VENV)/bin/gunicorn -c gunicorn.conf.py

test: install compile-messages ## run the whole test suite (SQLite; browser tests when Chromium is installed)
	$(VENV)/bin/pytest $(PYTEST_ARGS)

test-postgres: install compile-messages ## run the suite on PostgreSQL (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/website)
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/website} $(VENV)/bin/pytest $(PYTEST_ARGS)

test-browser: install compile-messages ## only the browser tests (Playwright + Debian's Chromium + axe-core)
	$(VENV)/bin/pytest -m browser

# Debian's Chromium for the browser tests (never a browser download). Needs root (apt).
browser: ## install Debian's Chromium and Noto fonts for the browser tests (root, apt)
	command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium \
		fonts-noto-core fonts-noto-cjk)

# Needs GNU gettext (Debian package gettext).
messages: install ## update the gettext catalogues in locale/ after changing strings
	$(MANAGE) makemessages $(addprefix -l ,$(LANGS)) $(MAKEMESSAGES_OPTS)

# Fails when a catalogue in locale/ is missing strings the code now has (or keeps ones it dropped), or
# leaves any string untranslated.
check-messages: install ## fail when a catalogue misses strings, keeps dropped ones or leaves one untranslated
	$(MANAGE) check_catalogues --require-translations

lint: install ## ruff, template lint, Dockerfile lint, Django checks, migrations (the pre-commit hooks too)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djlint --check --lint $(wildcard */templates)
	$(VENV)/bin/hadolint Dockerfile
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

check-deploy: install ## Django's deployment checks with production settings
	DJANGO_SETTINGS_MODULE=website.settings.production SECRET_KEY=$${SECRET_KEY:-check-deploy-$$(date +%s)-abcdefghijklmnopqrstuvwxyz0123456789} \
	ALLOWED_HOSTS=$${ALLOWED_HOSTS:-example.org} EMAIL_HOST=$${EMAIL_HOST:-smtp.example.org} \
	$(MANAGE) check --deploy --fail-level WARNING

# Concurrent load needs wrk and the front cache nginx (Debian: apt-get install wrk nginx-light
# libnginx-mod-http-cache-purge). Scale mode on PostgreSQL: make bench BENCH_ARGS="--guides 10000"
# (BENCH_DATABASE_URL names the database it creates; default postgres://postgres@127.0.0.1:5432/website_bench).
bench: install compile-messages ## print page weight, speed under load (wrk, nginx in front) and queries per page
	$(PY) benchmarks/page_weight.py
	$(PY) benchmarks/bench.py $(BENCH_ARGS)

bench-search: install compile-messages ## search quality per language on SQLite (and PostgreSQL with SEARCH_BENCH_POSTGRES=<url of an empty database>)
	$(PY) benchmarks/search_quality.py $(if $(SEARCH_BENCH_POSTGRES),--postgres $(SEARCH_BENCH_POSTGRES))

faults: install compile-messages ## stop PostgreSQL, then Redis, under load; print 5xx, recovery, lost writes
	$(PY) benchmarks/faults.py

# Compiles pyproject.toml into exact versions with hashes: requirements/base.txt (dependencies: production
# and the Docker image) and requirements/dev.txt (base.txt's versions plus the dev extra). Versions already
# in the files are kept; pass LOCK_ARGS=--upgrade, or LOCK_ARGS="--upgrade-package django", to move them.
# No index URL, find-links or host of this machine's pip configuration goes into the files.
PIP_COMPILE := CUSTOM_COMPILE_COMMAND="make lock" $(VENV)/bin/pip-compile --quiet --generate-hashes \
	--allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links --no-emit-trusted-host $(LOCK_ARGS)
lock: install ## recompile requirements/*.txt (with hashes) from pyproject.toml after changing a dependency
	$(PIP_COMPILE) --output-file requirements/base.txt pyproject.toml
	$(PIP_COMPILE) --extra dev --constraint requirements/base.txt --output-file requirements/dev.txt pyproject.toml
	@! grep -nE '://|--(extra-)?index-url|--find-links|--trusted-host|[ =]/[A-Za-z]' requirements/*.txt || \
		{ echo "make: requirements/*.txt must name no index, host or absolute path (see above)" >&2; exit 1; }

# Runs the checks of `make lint` before each commit (.pre-commit-config.yaml, the venv's own tools).
hooks: install ## install the git pre-commit hook that runs make lint's checks on each commit
	$(VENV)/bin/pre-commit install

clean: ## remove .venv, collected static files and the SQLite database
	rm -rf $(VENV) static_collected db.sqlite3 db.sqlite3-wal db.sqlite3-shm
