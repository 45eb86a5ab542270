import importlib.metadata
import subprocess
import sys

import pytest

from doclib import RECORD_HINT, ROOT, Runner, recorded_torch_version


def pytest_addoption(parser):
    parser.addoption("--record", action="store_true",
                     help="re-record every snippet's .out instead of comparing (make outputs)")


def pytest_sessionstart(session):
    """Outputs recorded with one torch cannot be checked against another: say so, once."""
    if session.config.getoption("--record"):
        return
    recorded, installed = recorded_torch_version(), importlib.metadata.version("torch")
    if recorded is None:
        pytest.exit(f"snippets/about/stamp.out is missing: {RECORD_HINT}", returncode=1)
    if recorded != installed:
        pytest.exit(f"outputs were recorded with torch {recorded}, installed is torch "
                    f"{installed}: {RECORD_HINT}", returncode=1)


@pytest.fixture(scope="session")
def runner():
    r = Runner()
    yield r
    r.close()


@pytest.fixture(scope="session")
def record(request):
    return request.config.getoption("--record")


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
