"""The doc-test pass: every snippet runs, and prints exactly its recorded output."""

import difflib

import pytest

from doclib import RECORD_HINT, command_for, rel, shell_line, snippet_scripts


@pytest.mark.parametrize("script", snippet_scripts(), ids=rel)
def test_snippet_output(script, runner, record):
    command = command_for(script)
    result = runner.run(command)
    shown = shell_line(command)
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
