# One command to see the example site, one to run the tests. Both only reinstall
# when the package metadata changes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
MANAGE := cd example_site && ../$(BIN)/python manage.py

.PHONY: demo test lint install clean

$(STAMP): setup.cfg pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[example,test]"
	touch $@

install: $(STAMP)

demo: $(STAMP)
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	$(MANAGE) ensure_demo_admin
	# The worker that runs project imports, beside the server, stopped with it.
	cd example_site && { ../$(BIN)/python manage.py db_worker --backend imports & \
		worker=$$!; trap 'kill $$worker' EXIT INT TERM; \
		../$(BIN)/python manage.py runserver 127.0.0.1:8000; }

test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf $(VENV) build dist *.egg-info example_site/db.sqlite3

# Benchmarks (see docs/production.md). Each takes DATABASE_URL for PostgreSQL and creates a
# database of its own on that server; DURATION sets the length of each load scenario.
# bench-finder keeps the site it builds (~/.cache/icm_ebooth-benchmarks, or a template
# database on the server) for its next run.
.PHONY: bench bench-finder bench-import load

bench: $(STAMP)
	$(BIN)/python benchmarks/pages.py $(BENCH_ARGS)

bench-finder: $(STAMP)
	$(BIN)/python benchmarks/finder.py $(BENCH_ARGS)

bench-import: $(STAMP)
	$(BIN)/python benchmarks/import_rows.py $(BENCH_ARGS)

load: $(STAMP)
	benchmarks/load.sh
