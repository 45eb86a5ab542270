"""The doc-test pass: every snippet runs, and prints exactly its recorded output."""

import difflib
import subprocess
import sys

import pytest

from doclib import RECORD_HINT, ROOT, command_for, normalise, rel, snippet_scripts


@pytest.mark.parametrize("script", snippet_scripts(), ids=rel)
def test_snippet_output(script, runner, record):
    command = command_for(script)
    result = runner.run(command)
    shown = " ".join(command["argv"]) + (f" < {command['stdin']}" if "stdin" in command else "")
    if result["returncode"] != 0:
        pytest.fail(f"`{shown}` exited with {result['returncode']}:\n{result['stderr']}",
                    pytrace=False)
    if result["stderr"]:
        pytest.fail(f"`{shown}` wrote to stderr, which no page shows; catch and print what "
                    f"the reader should see:\n{result['stderr']}", pytrace=False)
    out = script.with_suffix(".out")
    if record:
        if result["stdout"]:
            out.write_text(result["stdout"], encoding="utf-8")
        else:
            out.unlink(missing_ok=True)
        return
    if not out.exists():
        if result["stdout"]:
            pytest.fail(f"{rel(out)} is missing: {RECORD_HINT}", pytrace=False)
        return
    expected = out.read_text(encoding="utf-8")
    if result["stdout"] != expected:
        diff = "".join(difflib.unified_diff(
            expected.splitlines(keepends=True), result["stdout"].splitlines(keepends=True),
            fromfile=f"{rel(out)} (recorded)", tofile=f"{shown} (now)"))
        pytest.fail(f"{rel(out)} is stale: {RECORD_HINT}\n{diff}", pytrace=False)


def test_runner_prints_what_python_prints(runner):
    """The forking runner is a shortcut, not a different interpreter: compare what a probe
    script observes under it and under a real `python tests/runner_probe.py`."""
    probe = command_for(ROOT / "tests" / "runner_probe.py")
    real = subprocess.run([sys.executable, *probe["argv"][1:]], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    first, second = runner.run(probe)["stdout"], runner.run(probe)["stdout"]
    *same, seed = first.splitlines()
    assert same == normalise(real.stdout).splitlines()[:-1]
    assert seed != second.splitlines()[-1], "unseeded randomness must differ between runs"
