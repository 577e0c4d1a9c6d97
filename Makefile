# The two commands: `make run` and `make test`. Both set everything up first.
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=

.PHONY: run test lint bench vendor stop reset install

$(STAMP): requirements/base.txt requirements/dev.txt requirements/constraints.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/dev.txt
	@touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(PY) -m voiceplatform.runtime run

test: $(STAMP)
	@sh .ci/ensure-browser
	$(PY) -m voiceplatform.runtime test $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(PY) manage.py makemigrations --check --dry-run

bench: $(STAMP)
	$(PY) -m voiceplatform.runtime up >/dev/null
	for script in bench/[a-z]*.py; do echo "== $$script"; $(PY) $$script || exit 1; done

vendor:
	npm install --no-audit --no-fund
	cp node_modules/htmx.org/dist/htmx.min.js static/vendor/htmx.min.js
	cp node_modules/chart.js/dist/chart.umd.min.js static/vendor/chart.umd.min.js

stop: $(STAMP)
	$(PY) -m voiceplatform.runtime stop

reset: $(STAMP)
	$(PY) -m voiceplatform.runtime reset
