"""The doc-test pass: every snippet runs, and prints exactly its recorded output. Under
--next-torch (a second torch) that is `<name>.torch-<version>.out` where it exists, else the
primary torch's `<name>.out`."""

import difflib
import importlib.metadata
import shutil
import sys

import pytest

from inside_pytorch import pytest_plugin
from inside_pytorch.commands import (SessionCommandMissing, command_for, session_problems,
                                     shell_line)
from inside_pytorch.layout import NEXT_HINT, RECORD_HINT, ROOT, SNIPPETS, rel, snippet_scripts
from inside_pytorch.outputs import python_variant, pythons_of
from inside_pytorch.recording import Runner, find_python, python_release, workflow_pythons


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


# -- torch-free sessions replayed under every Python they declare (outputs.pythons_of) --------

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
        release = workflow_pythons().get(version, version)
        pytest.skip(f"Python {release} not found (python{version} on PATH, or pyenv's "
                    f"~/.pyenv/versions/{release}): install it, e.g. `pyenv install {release}`, "
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

def copy_of_into_torch(tmp_path):
    """into_torch's session copied into tmp_path, its `# command:` naming the copy."""
    for name in ("into_torch.py", "into_torch.pdb"):
        shutil.copy(SNIPPETS / "pdb" / name, tmp_path / name)
    script = tmp_path / "into_torch.py"
    script.write_text(script.read_text(encoding="utf-8").replace(
        "snippets/pdb/into_torch.py", rel(script)), encoding="utf-8")
    return script


def test_recording_refuses_a_pdb_session_that_went_elsewhere(tmp_path, runner):
    """A copy of into_torch's session with one wrong stop typed in, as an upgrade would make
    it: recording fails with one line naming the declaration, and writes nothing. The copy
    as it is records."""
    script = copy_of_into_torch(tmp_path)
    out = script.with_suffix(".out")
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


def test_recording_refuses_a_pdb_session_that_ends_early(tmp_path, runner):
    """The same with a `q` typed first: the session ends before its declared stops."""
    script = copy_of_into_torch(tmp_path)
    commands = script.with_suffix(".pdb")
    typed = commands.read_text(encoding="utf-8").splitlines(keepends=True)
    first = next(i for i, line in enumerate(typed) if not line.startswith("#"))
    commands.write_text("".join(typed[:first] + ["q\n"] + typed[first:]), encoding="utf-8")
    with pytest.raises(pytest.fail.Exception) as failed:
        test_snippet_output(script, runner, True, None)
    message = str(failed.value)
    assert "\n" not in message and ("the session ended early" in message
                                     or "pdb printed no location" in message), message
    assert not script.with_suffix(".out").exists()


def test_recording_refuses_an_undeclared_pdb_error(tmp_path, runner):
    """The same with a command that fails: its `*** ` line is not declared."""
    script = copy_of_into_torch(tmp_path)
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
    script = copy_of_into_torch(tmp_path)
    first, _, rest = script.read_text(encoding="utf-8").partition("\n")
    assert first.startswith("# command: "), first
    script.write_text(rest, encoding="utf-8")
    with pytest.raises(pytest.fail.Exception) as failed:
        test_snippet_output(script, runner, True, None)
    message = str(failed.value)
    assert "\n" not in message and message.startswith(
        f"{rel(script)}: a debugger session says how it is started on its first line"), message
    assert not script.with_suffix(".out").exists()


def test_replays_use_the_pythons_the_workflow_installs():
    """Every Python a `# pythons:` line names is installed by the Pages workflow as one exact
    release, and a replay runs under exactly that release or not at all."""
    pinned = workflow_pythons()
    declared = {v for script in snippet_scripts() for v in pythons_of(script)}
    assert declared and declared <= set(pinned), \
        f"{sorted(declared - set(pinned))}: add them to .github/workflows/pages.yml's setup-python"
    for version in sorted(declared):
        python = find_python(version)
        assert python is None or python_release(python) == pinned[version], (version, python)


def test_the_doc_test_pass_can_fail(tmp_path, runner):
    """A stale output, a write to standard error and a non-zero exit each fail, in one line
    that says what is wrong (and, for a stale output, with the diff)."""
    cases = {"stale": ('print("now")\n', "then\n", "is stale: run `make outputs`"),
             "stderr": ('import sys\nprint("oops", file=sys.stderr)\n', None,
                        "wrote to stderr, which no page shows"),
             "exits": ("raise SystemExit(3)\n", None, "exited with 3")}
    for name, (code, recorded, says) in cases.items():
        script = tmp_path / f"{name}.py"
        script.write_text(code, encoding="utf-8")
        if recorded is not None:
            script.with_suffix(".out").write_text(recorded, encoding="utf-8")
        with pytest.raises(pytest.fail.Exception) as failed:
            test_snippet_output(script, runner, False, None)
        assert says in str(failed.value).partition("\n")[0], (name, str(failed.value))
        if name == "stale":  # the diff, recorded line against printed line
            assert "\n-then\n+now\n" in str(failed.value), str(failed.value)


def test_paths_are_rewritten_in_every_output(runner, tmp_path):
    """normalise() applies to every recorded output, not only to debugger transcripts."""
    script = tmp_path / "paths.py"
    script.write_text("import os\nimport torch\n"
                      "print(torch.__file__, os.__file__, os.path.abspath('README.md'))\n",
                      encoding="utf-8")
    printed = runner.run(command_for(script))["stdout"]
    assert printed == "<site-packages>/torch/__init__.py <stdlib>/os.py README.md\n", printed


def test_snippets_run_without_ci_variables(monkeypatch, tmp_path):
    """Recorded on a laptop or in CI, a snippet sees no CI or BUILD_NUMBER, and 80 columns;
    nor what the test run set for pytest (a snippet that runs pytest would obey it)."""
    monkeypatch.setenv("CI", "true")
    monkeypatch.setenv("BUILD_NUMBER", "7")
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("PYTEST_ADDOPTS", "--durations=5")
    script = tmp_path / "env.py"
    script.write_text("import os\nprint(*(os.environ.get(k) for k in "
                      "('CI', 'BUILD_NUMBER', 'COLUMNS', 'PYTEST_ADDOPTS')))\n", encoding="utf-8")
    runner = Runner()  # started in this environment, as in a CI job
    try:
        printed = runner.run(command_for(script))["stdout"]
    finally:
        runner.close()
    assert printed == "None None 80 None\n", printed


def test_a_torch_mismatch_stops_the_run(monkeypatch):
    """Outputs recorded with one torch are not compared with another: the run stops at once,
    with one line naming both and what to run. A snippet's own pytest run on a file of
    snippets/ (qq_pytest.py's and qq_pytest_trace.py's, which load the plugin through
    pyproject.toml too) is not stopped: under make test-next it is one of the snippets checked."""
    monkeypatch.setattr(pytest_plugin, "recorded_torch_version", lambda: "2.12.0")

    class Config:
        args = ["tests"]
        invocation_params = type("InvocationParams", (), {"dir": ROOT})

        def getoption(self, name):
            return False

    class SnippetsOwnRun(Config):
        args = ["snippets/pdb/qq_pytest.py"]

    assert pytest_plugin.pytest_sessionstart(type("Session", (), {"config": SnippetsOwnRun()})) is None

    class Session:
        config = Config()

    with pytest.raises(pytest.exit.Exception) as stopped:
        pytest_plugin.pytest_sessionstart(Session())
    message = str(stopped.value)
    assert message.startswith("outputs were recorded with torch 2.12.0, installed is torch ")
    assert "\n" not in message and "make" in message, message
    # The same release in another build (PyPI's CUDA wheel for the +cpu one): not a re-record.
    installed = importlib.metadata.version("torch")
    monkeypatch.setattr(pytest_plugin, "recorded_torch_version",
                        lambda: installed.split("+")[0] + "+other")
    with pytest.raises(pytest.exit.Exception) as stopped:
        pytest_plugin.pytest_sessionstart(Session())
    assert "the same release, another build" in str(stopped.value), str(stopped.value)
