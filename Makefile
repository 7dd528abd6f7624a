# IDO Desktop: developer and CI entry points.
#
#   make run        set up .venv, fill a demo store in .local-store once, start the GUI
#   make test       set up .venv, run the test suite offscreen (PYTEST_ARGS="-k foo -x" passes on)
#   make fuzz       a long fuzzing campaign: 500,000 mutated sync files (IDO_FUZZ_EXAMPLES, _SEED)
#   make lint       ruff + mypy
#   make installer  PyInstaller one-folder bundle in dist/ido-desktop/
#   make ts-update  refresh ido_desktop/resources/translations/ido_en.ts from the sources
#   make clean      remove build output and caches (keeps .venv and .local-store)
#   make installer-check  build the bundle and run the frozen program (packaging/check_bundle.sh)
#   make wheel-check  build the wheel and the sdist, install each into a fresh venv and use it
#                   (packaging/check_wheel.sh; needs the package index or pip's cache)
#   make bench      benchmarks (1,000,000-consultation store cached in bench/.cache/); writes
#                   docs/performance.md
#   make bench-quick  the same with 10,000 consultations and no 1M store; writes
#                   bench/.cache/performance-quick.md
#
# Recipes are plain /bin/sh.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BUILD_STAMP := $(VENV)/.installed-build
STORE := .local-store
DEMO_PASSPHRASE := demo-wachtwoord
PYTEST_ARGS ?=

TS_FILES := $(wildcard ido_desktop/resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: venv translations ts-update run test fuzz lint installer clean

venv: $(STAMP)

# Re-install only when the package's build changed since the last install. The editable install
# compiles the translations too (setup.py); `make translations` recompiles them after a .ts edit.
$(STAMP): pyproject.toml setup.py
	@test -x $(BIN)/python || { echo "Creating $(VENV) with $(PYTHON)"; $(PYTHON) -m venv $(VENV); }
	$(BIN)/python -m pip install -e '.[test]'
	@touch $@

translations: $(STAMP) $(QM_FILES)

%.qm: %.ts $(STAMP)
	$(BIN)/pyside6-lrelease $< -qm $@

# Refresh the .ts from the sources after changing visible strings; then translate and commit it.
ts-update: $(STAMP)
	$(BIN)/pyside6-lupdate ido_desktop/ui/*.py -ts ido_desktop/resources/translations/ido_en.ts \
		-source-language nl_NL -target-language en_GB -no-obsolete -locations none

run: translations
	$(BIN)/python -m ido_desktop.gui_check
	@if [ ! -f $(STORE)/ido.sqlite3 ]; then \
		echo "Creating a demo store in $(STORE)"; \
		IDO_PASSPHRASE=$(DEMO_PASSPHRASE) $(BIN)/ido-desktop --data-dir $(STORE) init \
			--role field --name "Demo-laptop" && \
		IDO_PASSPHRASE=$(DEMO_PASSPHRASE) $(BIN)/ido-desktop --data-dir $(STORE) demo \
			--consultations 300; \
	fi
	@echo "Wachtwoord van de demo-opslag: $(DEMO_PASSPHRASE)"
	$(BIN)/ido-desktop --data-dir $(STORE) gui

test: translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# `make test` runs 20,000 mutated sync files; this runs 500,000 with a new seed each time (the
# seed is printed; IDO_FUZZ_SEED=N repeats a run).
fuzz: translations
	IDO_FUZZ_EXAMPLES=$${IDO_FUZZ_EXAMPLES:-500000} IDO_FUZZ_SEED=$${IDO_FUZZ_SEED:-$$(date +%s)} \
		QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q \
		tests/services/test_import_fuzz.py::test_fuzz_campaign_every_mutation_is_refused_with_a_known_code \
		tests/sync/test_fuzz.py $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

$(BUILD_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install -e '.[build]'
	@touch $@

installer: translations $(BUILD_STAMP)
	$(BIN)/pyinstaller --noconfirm build_installer.spec

.PHONY: installer-check wheel-check bench bench-quick
installer-check: installer
	bash packaging/check_bundle.sh --no-build

wheel-check:
	PYTHON=$(PYTHON) bash packaging/check_wheel.sh

bench: translations
	$(BIN)/python bench/run.py --out docs/performance.md

bench-quick: translations
	$(BIN)/python bench/run.py --quick --out bench/.cache/performance-quick.md

clean:
	rm -rf build dist .pytest_cache .ruff_cache .mypy_cache .hypothesis *.egg-info
	rm -f ido_desktop/resources/translations/*.qm
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -exec rm -rf {} +
