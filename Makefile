# Everything a fresh machine needs, from python3 and make alone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: demo test lint bench runtime-packages test-packages clean

## demo: build the hub into site/ and a sample personalised workbook
demo: runtime-packages $(INSTALLED)
	$(BIN)/mentorbook check .
	$(BIN)/mentorbook build .
# The sample workbook comes last: the site build replaces site/ wholesale.
	$(BIN)/mentorbook workbook --mentee "Amara Okafor" --mentor "Daniel Reyes" --program foundations --start 2027-01-11 -o site/downloads/sample-workbook.pdf --force

## test: lint, type-check and run the whole test suite
test: test-packages $(INSTALLED) lint
	$(BIN)/pytest

lint: $(INSTALLED)
	$(BIN)/ruff check mentorbook tests bench
	$(BIN)/ruff format --check mentorbook tests bench
	$(BIN)/mypy

bench: $(INSTALLED)
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/plans.py
	$(BIN)/python bench/workbook.py
	$(BIN)/python bench/site_build.py
	$(BIN)/python bench/sanitise.py
	$(BIN)/python bench/cohort.py
	$(BIN)/python bench/match.py
	$(BIN)/python bench/report.py

runtime-packages:
	@bash scripts/install-system-packages.sh runtime

test-packages:
	@bash scripts/install-system-packages.sh test

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(INSTALLED)

clean:
	rm -rf site dist build .pytest_cache .mypy_cache .ruff_cache

# The fixed words: extract them from the code and templates into the .pot, then merge it
# into every shipped language's .po (new messages arrive untranslated, changed ones fuzzy).
catalogs: $(INSTALLED)
	.venv/bin/pybabel extract -F babel.cfg -c "Translators:" --no-wrap --sort-by-file \
		--project mentorbook --omit-header -o mentorbook/locale/mentorbook.pot .
	.venv/bin/pybabel update -i mentorbook/locale/mentorbook.pot -d mentorbook/locale \
		-D mentorbook --no-wrap --ignore-obsolete
.PHONY: catalogs
