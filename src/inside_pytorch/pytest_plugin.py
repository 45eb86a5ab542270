"""The pytest plugin of the site's tests (pyproject.toml's addopts: `-p inside_pytorch.pytest_plugin`):
the options `--record` and `--next-torch`, the guard that stops a run whose installed torch is
not the one the outputs were recorded with, and the doc-test pass's fixtures."""

import importlib.metadata

import pytest

from inside_pytorch.layout import RECORD_HINT, SNIPPETS, recorded_torch_version
from inside_pytorch.recording import Runner


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


def runs_snippets_only(config):
    """A snippet's own pytest run (snippets/pdb/qq_pytest.py and qq_pytest_trace.py run pytest
    on a file of snippets/, and pyproject.toml's addopts load this plugin there too), not the
    site's checks."""
    where = config.invocation_params.dir
    return bool(config.args) and all(
        (where / arg.split("::")[0]).resolve().is_relative_to(SNIPPETS) for arg in config.args)


def pytest_sessionstart(session):
    """Outputs recorded with one torch cannot be checked against another: say so, once."""
    if runs_snippets_only(session.config):
        return
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
    """The doc-test pass's runner: one `import torch` per test process."""
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
