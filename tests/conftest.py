import importlib.metadata
import subprocess
import sys

import pytest

from doclib import RECORD_HINT, ROOT, SNIPPETS, Runner, recorded_torch_version


def pytest_addoption(parser):
    parser.addoption("--record", action="store_true",
                     help="re-record every snippet's .out instead of comparing (make outputs)")
    parser.addoption("--next-torch", action="store_true",
                     help="the installed torch is a second one, checked beside the recorded "
                          "primary: compare with <name>.torch-<version>.out where that exists, "
                          "else with <name>.out; with --record, write the variant only where "
                          "the output differs (make test-next, make outputs-next)")


def next_variant(config):
    """`torch-2.14.1` under --next-torch (the installed torch's release), else None."""
    if not config.getoption("--next-torch"):
        return None
    return "torch-" + importlib.metadata.version("torch").split("+")[0]


def pytest_ignore_collect(collection_path, config):
    """--next-torch checks the snippets' outputs; every other test is about the primary torch."""
    if (config.getoption("--next-torch") and collection_path.name.startswith("test_")
            and collection_path.name != "test_snippets.py"):
        return True


def pytest_sessionstart(session):
    """Outputs recorded with one torch cannot be checked against another: say so, once."""
    recorded, installed = recorded_torch_version(), importlib.metadata.version("torch")
    if session.config.getoption("--next-torch"):
        if recorded == installed:
            pytest.exit(f"--next-torch checks a second torch beside the one the outputs were "
                        f"recorded with, {recorded}, which is installed: run `make test-next`",
                        returncode=1)
        if recorded is not None:
            return
    elif session.config.getoption("--record"):
        return
    if recorded is None:
        pytest.exit(f"snippets/about/stamp.out is missing: {RECORD_HINT}", returncode=1)
    if recorded != installed and recorded.split("+")[0] == installed.split("+")[0]:
        pytest.exit(f"outputs were recorded with torch {recorded}, installed is torch "
                    f"{installed}: the same release, another build; install the recorded "
                    f"build (for +cpu: PIP_EXTRA_INDEX_URL=https://download.pytorch.org/whl/cpu "
                    f"make clean test)", returncode=1)
    if recorded != installed:
        variant = "torch-" + installed.split("+")[0]
        checked = any(SNIPPETS.rglob(f"*.{variant}.out"))  # the second torch the site checks
        pytest.exit(f"outputs were recorded with torch {recorded}, installed is torch "
                    f"{installed}: " + ("run `make test-next` to check its outputs beside "
                                        "them" if checked else RECORD_HINT), returncode=1)


@pytest.fixture(scope="session")
def runner():
    r = Runner()
    yield r
    r.close()


@pytest.fixture(scope="session")
def record(request):
    return request.config.getoption("--record")


@pytest.fixture(scope="session")
def variant(request):
    """None for the primary torch; `torch-<version>` for a second one (--next-torch)."""
    return next_variant(request.config)


# The built site, shared by tests/test_site.py (its HTML) and tests/test_browser.py (in Chromium).
@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    site = tmp_path_factory.mktemp("site")
    build = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
                           cwd=ROOT, capture_output=True, text=True)
    warnings = [line for line in build.stderr.splitlines() if line.startswith(("WARNING", "ERROR"))]
    assert build.returncode == 0 and not warnings, \
        "mkdocs build --strict failed (see `make build`):\n" + "\n".join(warnings or [build.stderr])
    return site
