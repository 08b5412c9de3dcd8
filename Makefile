# Two entry points (README): `make run` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test lint bench clean package package-check deb tarball

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

# netbook itself checks that the system has the libraries its window needs, and says which
# packages to install when not (src/netbook/startup/).
run: $(STAMP)
	$(BIN)/netbook

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# One table, each figure beside its peer from the same run (benchmarks/benchkit.py; the rows
# are the bench_*.py modules). khard, a peer, comes with the bench extra.
# BENCH_ARGS="--sizes 10000 --only import" narrows it.
BENCH_ARGS ?=
BENCH_STAMP := $(VENV)/.bench-installed
$(BENCH_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(BIN)/python benchmarks/benchkit.py $(BENCH_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/ruff format --check src tests benchmarks tools
	$(BIN)/mypy
	$(BIN)/lint-imports $(CURDIR)/pyproject.toml

# The bundle carries the xcb libraries of the machine building it: first make sure they are all
# there (the check names what to install), so no bundle goes out without them.
package: $(STAMP)
	QT_QPA_PLATFORM=xcb $(BIN)/python -m netbook.startup
	$(BIN)/python -m pip install --quiet 'pyinstaller>=6.10,<7'
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build packaging/netbook.spec
	@du -sh dist/netbook

# Linux packages from the bundle (packaging/linux/make_packages.py; dpkg-deb for the .deb).
deb: package
	$(BIN)/python packaging/linux/make_packages.py deb --bundle dist/netbook --out dist

tarball: package
	$(BIN)/python packaging/linux/make_packages.py tarball --bundle dist/netbook --out dist

# Builds the app and its .deb, then runs the built program: the command line imports a file,
# and on a real X server (Xvfb, when installed) the window opens, imports a file given to it,
# takes a second launch's file and exits cleanly; the .deb installs where the desktop looks.
package-check: deb
	rm -rf build/package-check
	dist/netbook/netbook --version
	dist/netbook/netbook --db build/package-check/book.sqlite3 import --json tests/data/import/three.vcf
	test "$$(dist/netbook/netbook --db build/package-check/book.sqlite3 list --json | grep -c '"uid"')" = 3
	QT_QPA_PLATFORM=offscreen timeout 10 dist/netbook/netbook --db build/package-check/book.sqlite3; test $$? = 124
	NETBOOK_EXECUTABLE=$(CURDIR)/dist/netbook/netbook NETBOOK_DEB=$$(ls dist/netbook_*.deb) \
		QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider \
		tests/packaging/test_real_display.py tests/packaging/test_single_instance.py \
		tests/packaging/test_linux_packages.py
	@echo "package-check: the built app imports files, opens its window and installs"

clean:
	rm -rf $(VENV) build dist *.egg-info
