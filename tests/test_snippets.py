"""The doc-test pass: every snippet runs, and prints exactly its recorded output. Under
--next-torch (a second torch) that is `<name>.torch-<version>.out` where it exists, else the
primary torch's `<name>.out`."""

import difflib

import pytest

from doclib import NEXT_HINT, RECORD_HINT, command_for, rel, shell_line, snippet_scripts


@pytest.mark.parametrize("script", snippet_scripts(), ids=rel)
def test_snippet_output(script, runner, record, variant):
    command = command_for(script)
    result = runner.run(command)
    shown = shell_line(command)
    if result["returncode"] != 0:
        pytest.fail(f"`{shown}` exited with {result['returncode']}:\n{result['stderr']}",
                    pytrace=False)
    if result["stderr"]:
        pytest.fail(f"`{shown}` wrote to stderr, which no page shows; catch and print what "
                    f"the reader should see:\n{result['stderr']}", pytrace=False)
    out, hint = script.with_suffix(".out"), RECORD_HINT
    if variant:  # a second torch: its own output is stored only where it differs
        own, hint = script.with_name(f"{script.stem}.{variant}.out"), NEXT_HINT
        if record:
            primary = out.read_text(encoding="utf-8") if out.exists() else ""
            if result["stdout"] != primary:
                own.write_text(result["stdout"], encoding="utf-8")
            else:
                own.unlink(missing_ok=True)
            return
        out = own if own.exists() else out
    if record:
        if result["stdout"]:
            out.write_text(result["stdout"], encoding="utf-8")
        else:
            out.unlink(missing_ok=True)
        return
    if not out.exists():
        if result["stdout"]:
            pytest.fail(f"{rel(out)} is missing: {hint}", pytrace=False)
        return
    expected = out.read_text(encoding="utf-8")
    if result["stdout"] != expected:
        diff = "".join(difflib.unified_diff(
            expected.splitlines(keepends=True), result["stdout"].splitlines(keepends=True),
            fromfile=f"{rel(out)} (recorded)", tofile=f"{shown} (now)"))
        pytest.fail(f"{rel(out)} is stale: {hint}\n{diff}", pytrace=False)
