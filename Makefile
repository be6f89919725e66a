# romewatch: two commands on a fresh machine with Python 3.11 and pip.
#   make run   - virtual environment, pinned dependencies, sample corpus ingested and extracted, web app on :8000
#   make test  - the whole test suite
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install run test bench lint clean

install: $(VENV)/.installed

$(VENV)/.installed: requirements.lock pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

run: install
	$(BIN)/romewatch demo

test: install
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python benchmarks/extraction.py

lint: install
	$(BIN)/ruff check romewatch tests

clean:
	rm -rf $(VENV) .pytest_cache
