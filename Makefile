# Health-Bite: `make run` starts everything on the embedded SQLite default,
# `make test` runs every test (on MariaDB/MySQL when DATABASE_URL says so).
SHELL := /bin/bash
.DEFAULT_GOAL := help

UV := $(shell command -v uv 2>/dev/null || echo "python3 -m uv")
RUN := $(UV) run --frozen
# mysqlclient needs system libraries, so it is only installed when a MySQL URL is used.
EXTRAS := $(if $(findstring mysql,$(DATABASE_URL)),--extra mysql,)
PYTEST_WORKERS ?= 2

.PHONY: help install migrate release demo run test lint format bench clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-9s %s\n", $$1, $$2}'

install: ## install Python 3.11 dependencies from uv.lock into .venv
	@command -v uv >/dev/null 2>&1 || python3 -m uv --version >/dev/null 2>&1 || python3 -m pip install -q uv
	$(UV) sync --frozen $(EXTRAS)
	@mkdir -p var

migrate: install ## apply database migrations
	$(RUN) python manage.py migrate --no-input

release: install ## deploy step, once per deploy: migrate + load the food catalogs (idempotent)
	$(RUN) python manage.py release

demo: migrate ## load demo data (idempotent)
	$(RUN) python manage.py load_demo_data

run: demo ## install, migrate, load demo data and start the services (Ctrl-C stops all)
	$(RUN) python -m scripts.run_services

test: install ## run every test
	$(RUN) python manage.py makemigrations --check --dry-run
	$(RUN) pytest -n $(PYTEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

lint: install ## ruff lint and format check
	$(RUN) ruff check .
	$(RUN) ruff format --check .

format: install ## apply ruff formatting and safe fixes
	$(RUN) ruff check --fix .
	$(RUN) ruff format .

bench: ## benchmarks over HTTP (gunicorn + MariaDB + wrk); prints figures (BENCH=core: one)
	bash bench/prepare.sh
	$(MAKE) --no-print-directory install EXTRAS="--extra mysql"
	$(RUN) python -m bench.run $(BENCH)

clean: ## remove the virtualenv and local data
	rm -rf .venv var/*.sqlite3
