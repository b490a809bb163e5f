# Orchestration Advisor — everything goes through uv and the committed uv.lock.
SHELL := /bin/bash
UV ?= $(shell command -v uv 2>/dev/null || echo "python3 -m uv")
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000

.PHONY: install run test test-fast system-deps bench lint cli eval index clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml uv.lock
	@command -v uv >/dev/null 2>&1 || python3 -m uv --version >/dev/null 2>&1 || python3 -m pip install -q uv
	$(UV) sync --all-extras --frozen
	@touch $@

run: install
	$(VENV)/bin/advisor ui --port $(PORT)

cli: install
	$(VENV)/bin/advisor chat

# Tests keep their data outside the checkout: the shared index in the user cache, reports in /tmp.
TEST_DATA ?= $(HOME)/.cache/orchestration-advisor/test-index
TEST_ENV = DATA_DIR=$(TEST_DATA) EVAL_DATA_DIR=$(TEST_DATA) EVAL_REPORT_DIR=$$(mktemp -d)

system-deps:
	bash scripts/system_deps.sh

test-fast: install
	$(TEST_ENV) $(PY) -m pytest -q -m "not slow"

test: install system-deps
	$(TEST_ENV) $(PY) -m pytest -q
	$(TEST_ENV) $(VENV)/bin/advisor eval --mode offline
	$(TEST_ENV) $(VENV)/bin/advisor eval --mode llm
	$(MAKE) lint

bench: install
	$(PY) -m scoring.bench
	$(PY) -m advisor.extraction.bench
	$(PY) -m knowledge.bench
	$(PY) -m advisor.bench

lint: install
	$(VENV)/bin/ruff check advisor scoring knowledge ui i18n tests evals reliability
	$(VENV)/bin/mypy advisor scoring knowledge ui i18n evals reliability

index: install
	$(VENV)/bin/advisor index

clean:
	rm -rf $(VENV) data .mypy_cache .ruff_cache .pytest_cache
