# Orchestration Advisor — everything goes through uv and the committed uv.lock.
SHELL := /bin/bash
UV ?= $(shell command -v uv 2>/dev/null || echo "python3 -m uv")
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000

.PHONY: install run test bench lint cli eval index clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml uv.lock
	@command -v uv >/dev/null 2>&1 || python3 -m uv --version >/dev/null 2>&1 || python3 -m pip install -q uv
	$(UV) sync --all-extras --frozen
	@touch $@

run: install
	$(VENV)/bin/advisor ui --port $(PORT)

cli: install
	$(VENV)/bin/advisor chat

test: install
	$(PY) -m pytest -q
	$(VENV)/bin/advisor eval --mode offline
	$(VENV)/bin/advisor eval --mode llm
	$(MAKE) lint

bench: install
	$(PY) -m scoring.bench
	$(PY) -m advisor.extraction.bench
	$(PY) -m knowledge.bench
	$(PY) -m advisor.bench

lint: install
	$(VENV)/bin/ruff check advisor scoring knowledge ui tests evals reliability
	$(VENV)/bin/mypy advisor scoring knowledge ui evals reliability

index: install
	$(VENV)/bin/advisor index

clean:
	rm -rf $(VENV) data .mypy_cache .ruff_cache .pytest_cache
