"""The doc-test pass: every snippet runs, and prints exactly its recorded output. Under
--next-torch (a second torch) that is `<name>.torch-<version>.out` where it exists, else the
primary torch's `<name>.out`."""

import difflib
import shutil
import sys

import pytest

from doclib import NEXT_HINT, RECORD_HINT, command_for, rel, shell_line, snippet_scripts
from doclib import (SNIPPETS, Runner, SessionCommandMissing, find_python, python_variant,
                    pythons_of, session_problems)


def command_or_fail(script):
    """command_for(script), or the test fails with its one line (a session must say how it
    is started)."""
    try:
        return command_for(script)
    except SessionCommandMissing as refused:
        message = str(refused)
    pytest.fail(message, pytrace=False)


@pytest.mark.parametrize("script", snippet_scripts(), ids=rel)
def test_snippet_output(script, runner, record, variant):
    command = command_or_fail(script)
    result = runner.run(command)
    shown = shell_line(command)
    if result["returncode"] != 0:
        pytest.fail(f"`{shown}` exited with {result['returncode']}:\n{result['stderr']}",
                    pytrace=False)
    if result["stderr"]:
        pytest.fail(f"`{shown}` wrote to stderr, which no page shows; catch and print what "
                    f"the reader should see:\n{result['stderr']}", pytrace=False)
    problems = session_problems(script, result["stdout"])  # nothing is recorded if any
    if problems:
        pytest.fail(problems[0], pytrace=False)
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


# -- torch-free sessions replayed under every Python they declare (doclib.pythons_of) --------

PRIMARY_PYTHON = "%d.%d" % sys.version_info[:2]
VERSION_SESSIONS = [(script, version) for script in snippet_scripts()
                    for version in pythons_of(script)[1:]]


@pytest.fixture(scope="module")
def other_pythons():
    """One runner per other Python, started on first use."""
    runners = {}
    yield runners
    for r in runners.values():
        r.close()


@pytest.mark.parametrize("script, version", VERSION_SESSIONS,
                         ids=[f"{rel(s)}-python-{v}" for s, v in VERSION_SESSIONS])
def test_python_variant(script, version, runner, record, variant, other_pythons):
    """`<name>.python-X.Y.out` where Python X.Y's transcript differs from the primary's,
    else the primary's `<name>.out`: the same checks as test_snippet_output."""
    if variant:
        pytest.skip("a torch-free session: a second torch does not change it")
    if pythons_of(script)[0] != PRIMARY_PYTHON:
        pytest.fail(f"{rel(script)}: `# pythons:` must name first the Python the doc-test pass "
                    f"runs, {PRIMARY_PYTHON}, whose output is {rel(script.with_suffix('.out'))}",
                    pytrace=False)
    python = find_python(version)
    if python is None:
        pytest.skip(f"Python {version} not found (python{version} on PATH, or pyenv's "
                    f"~/.pyenv/versions/{version}.*): install it, e.g. `pyenv install {version}`, "
                    f"to replay {rel(script)} under it")
    if version not in other_pythons:
        other_pythons[version] = Runner(python)
    command = command_or_fail(script)
    result = other_pythons[version].run(command)
    shown = f"python{version}: " + shell_line(command)
    if result["returncode"] != 0 or result["stderr"]:
        pytest.fail(f"`{shown}` exited with {result['returncode']}:\n{result['stderr']}",
                    pytrace=False)
    problems = session_problems(script, result["stdout"])
    if problems:
        pytest.fail(f"under Python {version}: {problems[0]}", pytrace=False)
    own, primary = python_variant(script, version), script.with_suffix(".out")
    if record:  # compared with the primary Python's transcript as it is now
        if result["stdout"] != runner.run(command)["stdout"]:
            own.write_text(result["stdout"], encoding="utf-8")
        else:
            own.unlink(missing_ok=True)
        return
    out = own if own.exists() else primary
    expected = out.read_text(encoding="utf-8") if out.exists() else ""
    if own.exists() and primary.exists() and expected == primary.read_text(encoding="utf-8"):
        pytest.fail(f"{rel(own)} is the same as {rel(primary)}: {RECORD_HINT}", pytrace=False)
    if result["stdout"] != expected:
        diff = "".join(difflib.unified_diff(
            expected.splitlines(keepends=True), result["stdout"].splitlines(keepends=True),
            fromfile=f"{rel(out)} (recorded)", tofile=f"{shown} (now)"))
        pytest.fail(f"{rel(out)} is stale for Python {version}: {RECORD_HINT}\n{diff}",
                    pytrace=False)


# -- recording refuses a session that went wrong ----------------------------------------------

def test_recording_refuses_a_pdb_session_that_went_elsewhere(tmp_path, runner):
    """A copy of into_torch's session with one wrong stop typed in, as an upgrade would make
    it: recording fails with one line naming the declaration, and writes nothing. The copy
    as it is records."""
    for name in ("into_torch.py", "into_torch.pdb"):
        shutil.copy(SNIPPETS / "pdb" / name, tmp_path / name)
    script, out = tmp_path / "into_torch.py", tmp_path / "into_torch.out"
    script.write_text(script.read_text(encoding="utf-8").replace(
        "snippets/pdb/into_torch.py", rel(script)), encoding="utf-8")
    test_snippet_output(script, runner, True, None)
    assert out.exists()
    out.unlink()
    commands = script.with_suffix(".pdb")
    typed = commands.read_text(encoding="utf-8")
    commands.write_text(typed.replace("\nn\n", "\nn\nn\n", 1), encoding="utf-8")  # one `n` too many
    with pytest.raises(pytest.fail.Exception) as failed:
        test_snippet_output(script, runner, True, None)
    message = str(failed.value)
    assert "\n" not in message and "as declared: the session went elsewhere" in message, message
    assert not out.exists()


def test_recording_refuses_an_undeclared_pdb_error(tmp_path, runner):
    """The same with a command that fails: its `*** ` line is not declared."""
    for name in ("into_torch.py", "into_torch.pdb"):
        shutil.copy(SNIPPETS / "pdb" / name, tmp_path / name)
    script = tmp_path / "into_torch.py"
    script.write_text(script.read_text(encoding="utf-8").replace(
        "snippets/pdb/into_torch.py", rel(script)), encoding="utf-8")
    commands = script.with_suffix(".pdb")
    commands.write_text("p name\n" + commands.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(pytest.fail.Exception) as failed:
        test_snippet_output(script, runner, True, None)
    assert str(failed.value) == (f"{rel(commands)}: the transcript holds `*** NameError: name "
                                 f"'name' is not defined`, which no `# expect:` declares: a "
                                 f"command failed")
    assert not script.with_suffix(".out").exists()


def test_recording_refuses_a_session_that_does_not_say_how_it_starts(tmp_path, runner):
    """A session has no default command: a copy of into_torch's session without its
    `# command:` line fails to record, with one line saying what to add, and writes nothing."""
    for name in ("into_torch.py", "into_torch.pdb"):
        shutil.copy(SNIPPETS / "pdb" / name, tmp_path / name)
    script = tmp_path / "into_torch.py"
    first, _, rest = script.read_text(encoding="utf-8").partition("\n")
    assert first.startswith("# command: "), first
    script.write_text(rest, encoding="utf-8")
    with pytest.raises(pytest.fail.Exception) as failed:
        test_snippet_output(script, runner, True, None)
    message = str(failed.value)
    assert "\n" not in message and message.startswith(
        f"{rel(script)}: a debugger session says how it is started on its first line"), message
    assert not script.with_suffix(".out").exists()
