# Two commands for a fresh machine:
#   make graph   set up .venv and build the seeds' graph into exports/graph.ttl + graph.html
#   make test    set up .venv and run the tests
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup graph test bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade "pip>=24,<27"
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

graph: setup
	$(BIN)/kg build seeds -o exports

test: setup
	$(BIN)/python -m pytest -q

bench: setup
	$(BIN)/python scripts/bench.py

clean:
	rm -rf $(VENV) exports build *.egg-info
