# Two entry points (README): `make run` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean package package-check

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/netbook

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# One table, each figure beside its peer from the same run (benchmarks/benchkit.py; the rows
# are the bench_*.py modules). BENCH_ARGS="--sizes 10000 --only import" narrows it.
BENCH_ARGS ?=
bench: $(STAMP)
	$(BIN)/python benchmarks/benchkit.py $(BENCH_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/ruff format --check src tests benchmarks tools
	$(BIN)/mypy
	$(BIN)/lint-imports $(CURDIR)/pyproject.toml

package: $(STAMP)
	$(BIN)/python -m pip install --quiet 'pyinstaller>=6.10,<7'
	$(BIN)/pyinstaller --noconfirm --distpath dist --workpath build packaging/netbook.spec

# Builds the app, then checks that the built program starts and imports a file.
package-check: package
	rm -rf build/package-check
	dist/netbook/netbook --db build/package-check/book.sqlite3 import --json tests/data/import/three.vcf
	test "$$(dist/netbook/netbook --db build/package-check/book.sqlite3 list --json | grep -c '"uid"')" = 3
	QT_QPA_PLATFORM=offscreen timeout 5 dist/netbook/netbook --db build/package-check/book.sqlite3; test $$? = 124
	@echo "package-check: the built app imports a file and opens its window"

clean:
	rm -rf $(VENV) build dist *.egg-info
