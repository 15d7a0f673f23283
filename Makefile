# Every target creates .venv on first use, so a fresh clone needs only `make run` or `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCALES := es zh_CN
CATALOGS := $(foreach l,$(LOCALES),resources/locale/$(l)/LC_MESSAGES/prewire.mo)

.PHONY: install run test lint bench mutate package check-package deb check-deb catalogs extract clean

install: $(STAMP) $(CATALOGS)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Compiled catalogues are build products, never committed.
resources/locale/%/LC_MESSAGES/prewire.mo: resources/locale/%/LC_MESSAGES/prewire.po $(STAMP)
	$(BIN)/pybabel compile --statistics -D prewire -l $* -i $< -o $@

catalogs: $(CATALOGS)

# Refresh the template from the code, then merge it into every catalogue.
extract: $(STAMP)
	$(BIN)/pybabel extract -F resources/babel.cfg -k _ -k N_ -k ngettext:1,2 --no-location \
		--sort-output --project=Prewire -o resources/locale/prewire.pot app ui
	$(BIN)/pybabel update -D prewire -i resources/locale/prewire.pot -d resources/locale --ignore-obsolete --no-fuzzy-matching

run: install
	$(BIN)/prewire

test: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	$(BIN)/ruff check app ui tests tools benchmarks
	$(BIN)/mypy app ui
	$(BIN)/lint-imports

lint: install
	$(BIN)/ruff check app ui tests tools benchmarks
	$(BIN)/ruff format --check app ui tests || true
	$(BIN)/mypy app ui
	$(BIN)/lint-imports

# Every case of issue 14 beside its floor, measured in the same run (prints one table).
bench: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.run

# Mutation testing of app/services, app/briefing and app/storage (README: how long it takes).
# Slow, so outside `make test`: niced, on MUTATE_WORKERS workers; then the kill rate per
# package, and the surviving mutants' diffs in build/mutation/survivors.txt. A second run
# goes on where the first stopped (`rm -rf mutants` starts afresh). mutmut 3.8 drops the
# test map of files it did not regenerate, so the map is rebuilt each run. MUTATE='names'
# (mutmut's, with wildcards: 'app.services.meetings.*') runs only those mutants, again.
# MUTATE_EVERY=k runs a sample of them: every k-th mutant of every function, from the
# MUTATE_START-th (tools/mutation_sample.py). It reads the names mutmut wrote to mutants/:
# the first time, run one small module (MUTATE='app.briefing.paper.*') to write them.
MUTATE ?=
MUTATE_WORKERS ?= 2
MUTATE_EVERY ?=
MUTATE_START ?= 1
mutate: install
	rm -f mutants/mutmut-stats.json
	mkdir -p build/mutation
	$(if $(MUTATE_EVERY),$(BIN)/python tools/mutation_sample.py --every $(MUTATE_EVERY) \
		--start $(MUTATE_START) $(MUTATE) > build/mutation/sample.txt)
	QT_QPA_PLATFORM=offscreen nice -n 19 $(BIN)/mutmut run --max-children $(MUTATE_WORKERS) \
		$(if $(MUTATE_EVERY),$$(cat build/mutation/sample.txt),$(MUTATE))
	$(BIN)/python tools/mutation_score.py

# The application bundle for this platform: dist/prewire/prewire (packaging/README.md).
package: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/render_icons.py build/icons
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/prewire.spec
	@du -sh dist/prewire

# Slow (a minute or two), so outside `make test`: the bundle alone, fresh HOME, no venv.
check-package:
	packaging/check_bundle.sh dist/prewire

# dist/prewire_VERSION_ARCH.deb from the bundle (`make package` first).
deb:
	packaging/linux/build_deb.sh dist/prewire dist

# Installs the .deb on this machine with apt-get, checks it, removes it (root only).
check-deb:
	packaging/linux/check_deb.sh dist/prewire_*.deb

clean:
	rm -rf $(VENV) build dist $(CATALOGS)
