import importlib.metadata

import pytest

from doclib import RECORD_HINT, Runner, recorded_torch_version


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
