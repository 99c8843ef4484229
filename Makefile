# casewatch: `make demo` runs the main job on the bundled examples; `make test` runs lint, types and tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB ?= casewatch-demo.sqlite
PORT ?= 8000

.PHONY: demo test lint typecheck pytest bench eval clean

$(BIN)/casewatch: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.dev: $(BIN)/casewatch
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

demo: $(BIN)/casewatch
	$(BIN)/casewatch --db $(DEMO_DB) ingest examples
	$(BIN)/casewatch --db $(DEMO_DB) summary
	$(BIN)/casewatch --db $(DEMO_DB) serve --port $(PORT) --no-auth

lint: $(VENV)/.dev
	$(BIN)/ruff check casewatch tests bench scripts
	$(BIN)/ruff format --check casewatch tests bench scripts

typecheck: $(VENV)/.dev
	$(BIN)/mypy

pytest: $(VENV)/.dev
	$(BIN)/pytest -q -p no:cacheprovider

test: lint typecheck pytest

bench: $(VENV)/.dev
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_ingest.py
	$(BIN)/python bench/bench_hostile.py

# The product's own measure on the seeds and the development corpus, when ../shared is beside the repository
SHARED ?= ../shared
eval: $(BIN)/casewatch
	@if [ ! -d $(SHARED)/eval/gold ]; then echo "make eval: no $(SHARED)/eval beside the repository: skipped"; exit 0; fi; \
	work=$$(mktemp -d); trap 'rm -rf "$$work"' EXIT; \
	echo "== seeds"; \
	$(BIN)/casewatch --db $$work/seeds.sqlite ingest $(SHARED)/corpus/seeds >/dev/null && \
	$(BIN)/casewatch --db $$work/seeds.sqlite evaluate $(SHARED)/eval/gold && \
	echo "== development corpus" && \
	$(BIN)/casewatch --db $$work/dev.sqlite ingest $(SHARED)/corpus/dev/*.txt >/dev/null && \
	$(BIN)/casewatch --db $$work/dev.sqlite evaluate $(SHARED)/eval/dev-gold --by-genre

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache casewatch-demo.sqlite*
