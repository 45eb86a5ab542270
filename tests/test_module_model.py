"""The mechanism model on docs/module.md and real nn.Module must agree.

snippets/module/mini_module.py defines MiniModule, a pure-Python model of nn.Module's
registration rules, and probe(Module), which builds small modules from the class it is given
and prints what it observes. Here the probe runs against torch.nn.Module and against the model;
the two transcripts must be identical. (The page shows the probe and both transcripts, from the
same file's recorded output.)
"""

import contextlib
import difflib
import io
import runpy

import pytest
from torch import nn

from inside_pytorch.layout import ROOT

SCRIPT = ROOT / "snippets" / "module" / "mini_module.py"


def transcript(probe, module_class):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        probe(module_class)
    return out.getvalue()


@pytest.fixture(scope="module")
def script():
    with contextlib.redirect_stdout(io.StringIO()):  # the script's own run of the probe
        return runpy.run_path(str(SCRIPT))


def test_model_and_nn_module_print_the_same(script):
    real = transcript(script["probe"], nn.Module)
    mini = transcript(script["probe"], script["MiniModule"])
    assert real.count("\n") > 30, "the probe observed almost nothing"
    if real != mini:
        diff = "".join(difflib.unified_diff(
            real.splitlines(keepends=True), mini.splitlines(keepends=True),
            fromfile="probe(nn.Module)", tofile="probe(MiniModule)"))
        pytest.fail(f"the model no longer behaves like nn.Module:\n{diff}", pytrace=False)


def test_model_stands_alone(script):
    """A subclass of nn.Module would agree for free; the model must be plain Python."""
    assert script["MiniModule"].__mro__[1:] == (object,)
