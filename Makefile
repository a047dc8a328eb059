# Two entry points a newcomer needs: `make demo` and `make test`. Both work on a fresh
# Debian machine as root: they install what they need (apt, a local virtualenv) first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test lint deps venv bench

# Dovecot for the mail tests; Chromium and chromedriver (Debian's) for the report's page test.
deps:
	@command -v dovecot >/dev/null 2>&1 && command -v openssl >/dev/null 2>&1 && command -v systemd-analyze >/dev/null 2>&1 || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dovecot-imapd openssl systemd >/dev/null; }
	@command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-liberation >/dev/null; }

venv:
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[test]'

demo: deps venv
	$(BIN)/followupd demo

# Lint and types first: a style or typing slip fails CI as surely as a broken test.
test: deps venv lint
	$(BIN)/python -m pytest -q

lint: venv
	$(BIN)/ruff check daemon tests bench
	$(BIN)/ruff format --check daemon tests bench
	$(BIN)/mypy

bench: deps venv
	@$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[test,bench]'
	$(BIN)/python bench/report.py
	$(BIN)/python bench/report_size.py
