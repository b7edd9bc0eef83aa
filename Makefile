# Everything a fresh machine needs, from python3 and make alone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: demo test lint bench system-packages clean

## demo: build the hub into site/ and a sample personalised workbook
demo: system-packages $(INSTALLED)
	$(BIN)/mentorbook check .

## test: lint, type-check and run the whole test suite
test: system-packages $(INSTALLED) lint
	$(BIN)/pytest

lint: $(INSTALLED)
	$(BIN)/ruff check mentorbook tests bench
	$(BIN)/mypy

bench: $(INSTALLED)
	$(BIN)/python bench/startup.py

system-packages:
	@bash scripts/install-system-packages.sh

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(INSTALLED)

clean:
	rm -rf site dist build .pytest_cache .mypy_cache .ruff_cache
