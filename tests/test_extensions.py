"""Chapter 6's C++ operators: snippets/ops/extensions.py builds them, and a machine without
what the build needs gets one line saying what to install; make test compiles them in the
background from its start (conftest.py's extension_build) and runs the scripts that load
them last among the tests that need no site."""

import subprocess
import sys

from inside_pytorch.layout import ROOT

EXTENSIONS = "snippets/ops/extensions.py"


def test_a_missing_compiler_or_ninja_is_one_line_saying_what_to_install(runner, tmp_path):
    """PATH an empty folder: no `c++`; then CXX names the compiler by its path, and ninja is
    what is missing. Each time the script stops before building, with one line. (The build
    folder is a new one: a library already built there is loaded without either.)"""
    compiler = subprocess.run(["sh", "-c", "command -v c++"], capture_output=True,
                              text=True).stdout.strip()
    cases = [({}, "no C++ compiler", "apt-get install g++"),
             ({"CXX": compiler}, "ninja is not on PATH", "pip install ninja")]
    for env, problem, fix in cases:
        result = runner.run({"argv": ["python", EXTENSIONS],
                             "env": {"PATH": str(tmp_path / "bin"),
                                     "TORCH_EXTENSIONS_DIR": str(tmp_path / "ext"), **env}})
        lines = result["stderr"].splitlines()
        assert result["returncode"] == 1 and len(lines) == 1, result
        assert problem in lines[0] and fix in lines[0], lines[0]
        assert result["stdout"] == "", result["stdout"]


def collected_order():
    out = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-p",
                          "no:randomly", "tests/test_snippets.py"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    return [line.split("[", 1)[1].rstrip("]") for line in out.splitlines()
            if line.startswith("tests/test_snippets.py::test_snippet_output[")]


def test_the_scripts_that_load_the_operators_run_last():
    """In collection order (the order pytest-xdist hands tests out, conftest.py), every
    snippet test that loads the C++ operators comes after every one that does not, so the
    background compile has the time of the others."""
    order = collected_order()
    loads = [EXTENSIONS in (ROOT / script).read_text(encoding="utf-8") for script in order]
    assert any(loads) and not all(loads)
    first = loads.index(True)
    assert all(loads[first:]), (
        f"{order[first]} loads the operators, but {order[loads.index(False, first)]} "
        f"comes after it: conftest.py's order must put such scripts last")
