"""The runner behind the doc-test pass behaves like a fresh `python` process."""

import subprocess
import sys

from inside_pytorch.commands import command_for
from inside_pytorch.layout import ROOT
from inside_pytorch.recording import normalise, recording_env


def test_runner_prints_what_python_prints(runner):
    """The forking runner is a shortcut, not a different interpreter: compare what a probe
    script observes under it and under a real `python tests/runner_probe.py`."""
    probe = command_for(ROOT / "tests" / "runner_probe.py")
    real = subprocess.run([sys.executable, *probe["argv"][1:]], cwd=ROOT, capture_output=True,
                          text=True, check=True, env=recording_env())
    first, second = runner.run(probe)["stdout"], runner.run(probe)["stdout"]
    *same, seed = first.splitlines()
    assert same == normalise(real.stdout).splitlines()[:-1]
    assert seed != second.splitlines()[-1], "unseeded randomness must differ between runs"


def test_nothing_leaks_from_one_snippet_to_the_next(runner):
    probe = command_for(ROOT / "tests" / "runner_probe.py")
    before = runner.run(probe)["stdout"].splitlines()[:-1]
    assert runner.run(command_for(ROOT / "tests" / "runner_leak.py"))["returncode"] == 0
    assert runner.run(probe)["stdout"].splitlines()[:-1] == before
