"""The built site, shared by tests/test_site.py (its HTML), tests/test_next.py,
tests/test_notebooks.py and tests/test_browser.py (in Chromium).

`mkdocs build --strict` executes every chapter's notebook: on a fresh clone it is the longest
single piece of work of the run. It starts in the background as the run starts (site_build),
in one process of the run, and the tests that need the site run after those that do not (the
longest first, each on a worker of its own), so that until it is done both cores run the tests
that do not need it. With pytest-xdist (make test), every worker of the run finds the
build in the run's shared temporary folder and waits for it there, and the tests of a module
whose fixtures do expensive work once (TOGETHER) go to one worker.
"""

import functools
import os
import subprocess
import sys
import threading
import time

import pytest

from inside_pytorch.layout import ROOT

NOTEBOOK_CACHE = "notebook-cache"  # beside the built site: see site_build
BUILD_TIMEOUT = 1800  # seconds: a notebook cell that never returns fails the run, not hangs it
# Modules whose tests one worker runs, in order: their module fixtures visit every page once
# (test_browser.py's `visits`) or run notebooks in fresh kernels once (test_notebooks.py's
# `fresh_runs`). The longest browser tests, the searches (code names typed, error messages
# pasted, and the phone's search), run apart, one after the other on one worker, with a browser
# of their own.
# test_next.py and test_site.py: their tests read the same built pages, parsed once.
TOGETHER = ("tests/test_browser.py", "tests/test_notebooks.py", "tests/test_next.py",
            "tests/test_site.py")
APART = ("tests/test_browser.py::test_search_finds_every_code_name",
         "tests/test_browser.py::test_search_lands_a_pasted_error_on_its_explanation",
         "tests/test_browser.py::test_search_on_a_phone_and_from_a_search_result")


# Scripts the runner tests run by their path: never imported into a test process (the pages
# pass, --markdown-docs, imports every .py file it collects, to read its docstrings).
collect_ignore = ["runner_leak.py", "runner_probe.py"]


def needs_site(item):
    return "built_site" in item.fixturenames


# The C++ operators of chapter 6: the scripts that load them (EXTENSIONS) compile
# snippets/ops/myops.cpp on first use into .cache/torch_extensions/ (one build per torch and
# Python; a fresh clone has none). The run starts that compile in the background when it
# starts (extension_build), and those scripts' tests run last among the tests that do not need
# the site, so they find it built rather than wait for it; the site's build, whose notebook of
# the chapter loads it too, finds it built or waits for it (extensions.py's lock).
EXTENSIONS = "snippets/ops/extensions.py"


def needs_extension(item):
    script = item.callspec.params.get("script") if hasattr(item, "callspec") else None
    return script is not None and EXTENSIONS in _source(script)


@functools.cache
def _source(path):
    return path.read_text(encoding="utf-8") if path.suffix == ".py" else ""


# After the build, the longest work first, each piece on a worker of its own (no other test is
# queued behind it on its worker): the search, the browser's page visits, the notebooks' fresh
# kernels; then the pages' python blocks and the rest of the site's tests, on whichever worker
# is free.
AFTER_THE_BUILD = (*APART, "tests/test_browser.py", "tests/test_notebooks.py")


def pytest_collection_modifyitems(items):
    """The tests that do not need the built site first, while it builds (on a fresh clone of a
    two-core machine it is built before they are done); then the longest tests that need it;
    then the pages' python blocks (make test's --markdown-docs), which run the pages' code in
    the test process, so after every test that runs torch in it (test_module_model.py; the
    site's tests run no torch there); then the rest of the site's tests."""
    def order(item):
        if not item.nodeid.startswith("tests/"):
            return 1 + len(AFTER_THE_BUILD)
        if not needs_site(item) and not item.nodeid.startswith(TOGETHER):
            return 0.5 if needs_extension(item) else 0
        first = [n for n, prefix in enumerate(AFTER_THE_BUILD) if item.nodeid.startswith(prefix)]
        return 1 + (first[0] if first else len(AFTER_THE_BUILD) + 1)
    items.sort(key=order)


@pytest.hookimpl(optionalhook=True)  # a hook of pytest-xdist, when it is installed
def pytest_xdist_make_scheduler(config, log):
    """pytest-xdist's `loadscope` scheduling, in collection order, with a scope per test but
    for the modules in TOGETHER, and nothing queued behind a long scope (AFTER_THE_BUILD).
    (Its `loadgroup`, by xdist_group marks, does nothing under pytest 9.2: xdist 3.8.0
    renames a test through an attribute pytest no longer reads.)"""
    from xdist.scheduler import LoadScopeScheduling

    class Scheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid):
            if nodeid.startswith(APART):
                return "apart"
            module = nodeid.split("::")[0]
            return module if module in TOGETHER else nodeid

        def _reschedule(self, node):
            # xdist queues a scope or two ahead on a worker: not behind a long one, which
            # would hold it back while the other worker runs out of work. (A worker runs a
            # test once it has the next: the long scope's last test gets one.)
            if sum(list(unit.values()).count(False) for scope, unit
                   in self.assigned_work.get(node, {}).items()
                   if scope == "apart" or scope.startswith(AFTER_THE_BUILD)) > 1:
                return
            super()._reschedule(node)

    config.option.loadscopereorder = False  # the order above, not the largest scope first
    return Scheduling(config, log)


def shared_folder(request, tmp_path_factory):
    """This run's temporary folder, the same for every pytest-xdist worker of the run."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if hasattr(request.config, "workerinput") else base


@pytest.fixture(scope="session", autouse=True)
def site_build(request, tmp_path_factory):
    """Starts the build when the run starts, if a test of the run needs the site; the first
    process to get here starts it (site.started), and waits for it before it ends."""
    shared = shared_folder(request, tmp_path_factory)
    if not any(needs_site(item) for item in request.session.items):
        yield
        return
    try:
        (shared / "site.started").open("x").close()
    except FileExistsError:  # another worker of this run started it
        yield
        return
    log = (shared / "site.log").open("w", encoding="utf-8")
    # mkdocs-jupyter's cache in a new, empty folder: every notebook is executed by this build
    # (tests/test_notebooks.py checks the outputs of that run).
    cache = shared / NOTEBOOK_CACHE
    build = subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "--strict",
                              "-d", str(shared / "site")],
                             cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log,
                             env={**os.environ, "NOTEBOOK_CACHE_DIR": str(cache)})

    def wait():
        try:
            code = build.wait(timeout=BUILD_TIMEOUT)
        except subprocess.TimeoutExpired:
            build.kill()
            code = f"timeout: still running after {BUILD_TIMEOUT} s"
        log.close()
        (shared / "site.exit.tmp").write_text(str(code), encoding="utf-8")
        (shared / "site.exit.tmp").rename(shared / "site.exit")  # written last, whole

    waiter = threading.Thread(target=wait, daemon=True)
    waiter.start()
    yield
    waiter.join()


@pytest.fixture(scope="session", autouse=True)
def extension_build(request, tmp_path_factory):
    """Starts compiling chapter 6's C++ operators when the run starts, if a test of the run
    loads them or builds the site; the first process to get here starts it, and waits for it
    before it ends. A failed build is reported by the tests of the scripts that load them,
    which build it again and print why."""
    shared = shared_folder(request, tmp_path_factory)
    if not any(needs_site(item) or needs_extension(item) for item in request.session.items):
        yield
        return
    try:
        (shared / "extension.started").open("x").close()
    except FileExistsError:  # another worker of this run started it
        yield
        return
    build = subprocess.Popen([sys.executable, EXTENSIONS], cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    yield
    build.wait()


@pytest.fixture(scope="session")
def built_site(request, tmp_path_factory, site_build):
    shared = shared_folder(request, tmp_path_factory)
    while not (shared / "site.exit").exists():
        time.sleep(0.2)
    code = (shared / "site.exit").read_text(encoding="utf-8")
    stderr = (shared / "site.log").read_text(encoding="utf-8")
    warnings = [line for line in stderr.splitlines() if line.startswith(("WARNING", "ERROR"))]
    assert code == "0" and not warnings, \
        "mkdocs build --strict failed (see `make build`):\n" + "\n".join(warnings or [stderr])
    return shared / "site"


@pytest.fixture(scope="session")
def notebook_cache(request, tmp_path_factory, built_site):
    """mkdocs-jupyter's cache as the build left it: it was empty when the build started."""
    return shared_folder(request, tmp_path_factory) / NOTEBOOK_CACHE
