"""How a snippet is started, and what a debugger session must do.

A plain snippet runs as `python snippets/<chapter>/<name>.py`. A debugger session is a script
with a `<name>.pdb` of typed commands beside it; its first line says how it is started. A
script that runs only as its own process says so on its first line (`# terminal: why`).
"""

import re
import shlex

from inside_pytorch.layout import RECORD_HINT, ROOT, rel

# First line of a debugger session's script that says how the session is started.
SESSION_COMMAND = re.compile(r"^# command: (?P<command>.+?)\s*$")
ENV_ASSIGNMENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=")


def is_debugger_target(path, root=ROOT):
    """A debugger session's script: a `<name>.pdb` of typed commands beside it."""
    return (root / path).with_suffix(".pdb").exists()


# A script that runs only as its own process (a breakpoint in a DataLoader worker or a rank,
# a traceback naming its own lines) says so on its first line, with the reason; a notebook
# shows it as a terminal run with its recorded output, and the page pass does not run it:
#     # terminal: pdb in a notebook kernel asks the kernel for input, not fd 0
TERMINAL = re.compile(r"^# terminal: (?P<why>.+?)\s*$")


def terminal_reason(path, root=ROOT):
    m = TERMINAL.match((root / path).read_text(encoding="utf-8").partition("\n")[0])
    return m and m["why"]


class SessionCommandMissing(ValueError):
    """A debugger session whose first line does not say how it is started (command_for())."""


def command_for(script):
    """The command line (and stdin) that produces a snippet's recorded output.

    A plain snippet runs as `python snippets/<chapter>/<name>.py`. A debugger session is a
    script with a `<name>.pdb` file of commands beside it, typed on stdin; its transcript
    interleaves stdout and stderr as a terminal shows them.

    A session's script says how it is started on its first line, as a reader would type it at
    a shell (the page shows the script, so it shows the command too); there is no default,
    and a session without the line is refused (SessionCommandMissing):

        # command: python -m pdb -c continue snippets/pdb/<name>.py
        # command: python snippets/pdb/<name>.py          (it calls breakpoint() itself)
        # command: PYTHONBREAKPOINT=0 python snippets/pdb/<name>.py

    The line is split like a shell would (shlex); leading NAME=value words become the
    environment, the rest must be `python ...` naming the script itself. The line is read
    only for sessions (a script with a `.pdb`).

    A `.pdb` line that starts with `#` is not typed (runner.py skips it): it declares
    what the session must do, checked by session_problems() whenever it is recorded or
    replayed. Commands never name a torch line number (they move with every release): a stop
    inside torch is reached by function (`b torch.nn.Linear.forward`) and by stepping, and the
    declarations say where each step must land:

        # stop: FUNCTION                 the command above leaves pdb in FUNCTION()
        # stop: FUNCTION -> SOURCE       ... on a line whose source starts with SOURCE
        # expect: *** MESSAGE            this debugger error is intended

    (A declaration before the first command is about the first stop.) Every session declares
    at least one stop (most, where they end); every `*** ` line of the transcript must be
    declared. So a session that lands elsewhere after an upgrade cannot be recorded.

    A script may also declare, on its first or second line, the Pythons a torch-free session
    is replayed under (outputs.pythons_of()): `# pythons: 3.11 3.12 3.13`.
    """
    commands = script.with_suffix(".pdb")
    if not commands.exists():
        return {"argv": ["python", rel(script)]}
    request = {"stdin": rel(commands), "merge_stderr": True}
    first = script.read_text(encoding="utf-8").partition("\n")[0]
    m = SESSION_COMMAND.match(first)
    if not m:
        raise SessionCommandMissing(
            f"{rel(script)}: a debugger session says how it is started on its first line, "
            f"e.g. `# command: python -m pdb {rel(script)}`; add it, then {RECORD_HINT}")
    words = shlex.split(m["command"])
    env = {}
    while words and ENV_ASSIGNMENT.match(words[0]):
        name, _, value = words.pop(0).partition("=")
        env[name] = value
    if words[:1] != ["python"] or rel(script) not in words:
        raise SessionCommandMissing(
            f"{rel(script)}: the first line must read `# command: [NAME=value ...] python ... "
            f"{rel(script)} ...`, not {first!r}")
    request["argv"] = words
    if env:
        request["env"] = env
    return request


# The prompts of pdb and of IPython's debugger (`%debug` in a notebook).
DEBUGGER_PROMPTS = ("(Pdb) ", "ipdb> ")
# A .pdb line that declares what the session must do (command_for() has the rules).
DECLARATION = re.compile(r"^#\s*(?P<kind>stop|expect):\s*(?P<text>.+?)\s*$")
# Where pdb is: `> FILE(LINE)FUNCTION()`, then `-> SOURCE`, after a stop, `u`, `d` or `w`.
LOCATION = re.compile(r"^> .*\((?P<line>[0-9]+)\)(?P<function>[^()]*)\(\)(?:->.*)?$")


def session_problems(script, transcript):
    """What is wrong with a debugger session's transcript, one line each, first things first:
    a `*** ` error line no `# expect:` declares, a `# stop:` the session did not reach, a
    declared command it never read at the `(Pdb)` prompt. [] for a script with no `.pdb`."""
    commands = script.with_suffix(".pdb")
    if not commands.exists():
        return []
    name = rel(commands)
    typed, stops, expected, problems = [], [], set(), []
    for number, line in enumerate(commands.read_text(encoding="utf-8").splitlines(), 1):
        if not line.startswith("#"):
            typed.append(line)
            continue
        m = DECLARATION.match(line)
        if not m:
            problems.append((-1, f"{name}:{number}: {line!r} is neither `# stop: FUNCTION [-> "
                                 f"SOURCE]` nor `# expect: *** MESSAGE`"))
        elif m["kind"] == "expect":
            expected.add(m["text"])
        else:
            stops.append((number, len(typed) - 1, *m["text"].partition(" -> ")[::2]))
    if not stops:
        problems.append((-1, f"{name}: declares no `# stop: FUNCTION` after a command; say "
                             f"where the session goes, at least where it ends"))
    # Where each typed line was read (the runner echoes it after the prompt), and the output it
    # caused: up to the next (Pdb) prompt. A line read by `interact`'s console has no output.
    def next_prompt(start):
        found = [at for prompt in DEBUGGER_PROMPTS for at in [transcript.find(prompt, start)]
                 if at >= 0]
        return min(found, default=-1)

    output, position = {-1: (0, next_prompt(0))}, 0
    for index, command in enumerate(typed):
        found = [(at, prompt) for prompt in (*DEBUGGER_PROMPTS, ">>> ", "... ")
                 for at in [transcript.find(f"{prompt}{command}\n", position)] if at >= 0]
        if not found:
            break  # never read: the session ended before its commands did
        at, prompt = min(found)
        position = at + len(prompt) + len(command) + 1
        if prompt in DEBUGGER_PROMPTS:
            end = next_prompt(position)
            output[index] = (position, len(transcript) if end < 0 else end)
    for number, index, function, source in stops:
        command = typed[index] if index >= 0 else None
        after = f"after `{command}`" if command is not None else "at the first stop"
        if index not in output:
            problems.append((len(transcript), f"{name}:{number}: `{command}` was never typed at "
                                              f"the (Pdb) prompt: the session ended early"))
            continue
        start, end = output[index]
        lines = transcript[start:end].splitlines()
        where = [(i, m) for i, text in enumerate(lines) for m in [LOCATION.match(text)] if m]
        if not where:
            problems.append((start, f"{name}:{number}: {after} pdb printed no location; "
                                    f"declared: in {function}()"))
            continue
        i, m = where[-1]
        line = lines[i + 1][3:] if i + 1 < len(lines) and lines[i + 1].startswith("-> ") else ""
        if m["function"] != function or not line.startswith(source):
            problems.append((start, f"{name}:{number}: {after} pdb is in {m['function']}() "
                                    f"at `{line.strip()}`, not in {function}()"
                                    + (f" at `{source}`" if source else "")
                                    + " as declared: the session went elsewhere"))
    offset = 0
    for text in transcript.splitlines(keepends=True):
        if text.startswith("*** ") and text.rstrip("\n") not in expected:
            problems.append((offset, f"{name}: the transcript holds `{text.strip()}`, which no "
                                     f"`# expect:` declares: a command failed"))
        offset += len(text)
    return [problem for _, problem in sorted(problems, key=lambda p: p[0])]


def shell_line(command):
    """A command_for() request as a reader types it: `NAME=value python ... < typed.pdb`."""
    line = " ".join([*(f"{k}={v}" for k, v in command.get("env", {}).items()),
                     *command["argv"]])
    return line + (f" < {command['stdin']}" if command.get("stdin") else "")
