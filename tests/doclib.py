"""The site's conventions in one place: where snippets live, how each one runs, what a page
may contain. Read by the tests (tests/) and by nothing at site build time.
"""

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
DOCS = ROOT / "docs"
STAMP = SNIPPETS / "about" / "stamp.out"  # appended to every page by pymdownx.snippets

RECORD_HINT = "run `make outputs` and review `git diff`"
NEXT_HINT = "run `make outputs-next` and review `git diff`"  # a second torch's outputs

# A fenced block: opening fence (any indent, ``` or ~~~), body, closing fence.
FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>[^\n]*)$")
# The only body a fenced block on a page may have: pymdownx.snippets includes.
INCLUDE = re.compile(r'^[ \t]*--8<-- "(?P<path>[^":]+)(?::(?P<section>[^"]*))?"[ \t]*$')
SECTION_NAME = re.compile(r"^[a-z][-_0-9a-z]*$")


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml as data: tags such as !!python/name are kept as plain strings."""


_ConfigLoader.add_multi_constructor("", lambda loader, tag, node: getattr(node, "value", None))


def mkdocs_config():
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_ConfigLoader)


def snippet_options():
    """pymdownx.snippets' options as mkdocs.yml sets them."""
    return next(ext["pymdownx.snippets"] for ext in mkdocs_config()["markdown_extensions"]
                if isinstance(ext, dict) and "pymdownx.snippets" in ext)


def snippet_preprocessor(options=None, root=ROOT):
    """pymdownx.snippets' preprocessor as the site configures it (mkdocs.yml's options unless
    given), to expand include lines exactly as a page shows them; auto_append left out."""
    import markdown

    options = {k: v for k, v in (options or snippet_options()).items() if k != "auto_append"}
    options["base_path"] = [str(root / p) for p in options.get("base_path", ["."])]
    md = markdown.Markdown(extensions=["pymdownx.snippets"],
                           extension_configs={"pymdownx.snippets": options})
    return md.preprocessors["snippet"]


def rel(path):
    """A path as the repository names it (relative to its root)."""
    return Path(os.path.relpath(Path(path).resolve(), ROOT)).as_posix()


# A recorded output may have variants beside the primary `<name>.out`: `<name>.<variant>.out`,
# where the variant names what else ran it: `torch-2.14.1` (that torch's output, stored only
# where it differs from the primary torch's) or `python-3.13` (a torch-free session replayed
# under that Python).
VARIANT_OUT = re.compile(r"^(?P<stem>[^.]+)\.(?P<variant>(?:torch|python)-[0-9]+(?:\.[0-9]+)*)\.out$")


def script_of(path):
    """The script a .out (primary or variant) or .pdb file belongs to."""
    path = Path(path)
    m = VARIANT_OUT.match(path.name)
    return path.with_name(f"{m['stem']}.py") if m else path.with_suffix(".py")


def variant_of(path):
    """`torch-2.14.1`, `python-3.13` or None (the primary output, or not an output)."""
    m = VARIANT_OUT.match(Path(path).name)
    return m["variant"] if m else None


def snippet_scripts():
    return sorted(p for p in SNIPPETS.rglob("*.py") if "__pycache__" not in p.parts)


def pages():
    return sorted(DOCS.rglob("*.md"))


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

    A `.pdb` line that starts with `#` is not typed (tests/runner.py skips it): it declares
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
    is replayed under (pythons_of()): `# pythons: 3.11 3.12 3.13`.
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


# A script's first or second line: the Pythons a torch-free session is replayed under.
SESSION_PYTHONS = re.compile(r"^# pythons: (?P<versions>[0-9]+\.[0-9]+(?: [0-9]+\.[0-9]+)*)\s*$")


def pythons_of(script):
    """The Python versions a script is replayed under, e.g. ["3.11", "3.12", "3.13"], from a
    line `# pythons: 3.11 3.12 3.13` among its first two; [] when it declares none.

    The first is the primary Python, the one the doc-test pass runs (the venv's): its output
    is `<name>.out`. Every other one's output is `<name>.python-X.Y.out` (variant_of()),
    stored only where it differs from the primary's, so a page shows one block per distinct
    transcript, titled with the Pythons it is from. Such a script must not import torch: other
    Pythons have none (find_python() finds them)."""
    for line in script.read_text(encoding="utf-8").splitlines()[:2]:
        m = SESSION_PYTHONS.match(line)
        if m:
            return m["versions"].split()
    return []


def python_variant(script, version):
    """Where the output of `script` under Python `version` is stored when it differs."""
    return script.with_name(f"{script.stem}.python-{version}.out")


WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"


def workflow_pythons():
    """{"3.12": "3.12.1", ...}: the exact Python releases the Pages workflow installs (its
    setup-python steps), which are the ones the outputs were recorded with."""
    found = {}
    for job in yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"].values():
        for step in job.get("steps", []):
            if str(step.get("uses", "")).startswith("actions/setup-python@"):
                for release in str(step["with"]["python-version"]).split():
                    found.setdefault(release.rpartition(".")[0], release)
    return found


def python_release(candidate):
    """The full version ("3.13.0") of an interpreter, or None if it does not run."""
    ran = subprocess.run([candidate, "-c", "import platform; print(platform.python_version())"],
                         capture_output=True, text=True)
    return ran.stdout.strip() if ran.returncode == 0 else None


def find_python(version):
    """An interpreter of exactly the release of Python `version` ("3.12") that the Pages
    workflow installs (workflow_pythons(): a newer patch release may print other pdb line
    numbers), or None. `python3.12` on PATH (what actions/setup-python installs), else pyenv's
    under $PYENV_ROOT (~/.pyenv). Each candidate is asked its version: a pyenv shim on PATH
    may run another Python."""
    release = workflow_pythons().get(version)
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    for candidate in [shutil.which(f"python{version}"), pyenv / release / "bin" / "python"
                      if release else None]:
        if candidate and Path(candidate).exists() and python_release(str(candidate)) == release:
            return str(candidate)
    return None


def shell_line(command):
    """A command_for() request as a reader types it: `NAME=value python ... < typed.pdb`."""
    line = " ".join([*(f"{k}={v}" for k, v in command.get("env", {}).items()),
                     *command["argv"]])
    return line + (f" < {command['stdin']}" if command.get("stdin") else "")


def normalise(text, paths=None):
    """Make a transcript independent of where things are installed.

    The one place absolute paths are rewritten: site-packages becomes `<site-packages>`, the
    standard library `<stdlib>`, and the repository root is dropped (repo-relative paths).
    `paths` is the sysconfig.get_paths() of the interpreter that printed the text (another
    Python has its own standard library); this process's by default.
    """
    paths = paths or sysconfig.get_paths()
    for path, name in ((paths["purelib"], "<site-packages>"),
                       (paths["stdlib"], "<stdlib>"),
                       (str(ROOT), ".")):
        text = text.replace(path + "/", name + "/" if name != "." else "")
    return text


def recording_env():
    """The environment every snippet is recorded and checked in: this one, minus what makes
    tools print differently on a CI machine (pytest does not shorten its summary lines when
    `CI` or `BUILD_NUMBER` is set), with the 80 columns a terminal-less run falls back to."""
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "BUILD_NUMBER")}
    env["COLUMNS"] = "80"
    return env


class Runner:
    """Client of tests/runner.py: one process that imports torch once and forks per snippet.

    `python` is the interpreter to run it with: this one by default, or another venv's (a
    second torch) or another Python's (torch-free sessions; the runner then imports no torch).
    """

    def __init__(self, python=sys.executable):
        self.paths = None if str(python) == sys.executable else json.loads(subprocess.run(
            [str(python), "-c", "import json, sysconfig; print(json.dumps(sysconfig.get_paths()))"],
            check=True, capture_output=True, text=True).stdout)  # what normalise() rewrites
        self.proc = subprocess.Popen([str(python), str(ROOT / "tests" / "runner.py")],
                                     cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     text=True, encoding="utf-8", env=recording_env())

    def run(self, request):
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        reply = self.proc.stdout.readline()
        if not reply:
            raise RuntimeError("tests/runner.py died; run `python tests/runner.py` to see why")
        result = json.loads(reply)
        result["stdout"] = normalise(result["stdout"], self.paths)
        result["stderr"] = normalise(result["stderr"], self.paths)
        return result

    def close(self):
        self.proc.kill()  # nothing to flush; a clean interpreter exit with torch takes ~1 s
        self.proc.wait()


def fenced_blocks(page):
    """Yield (line number, indent, body lines) for each fenced block of a page."""
    lines = page.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        start, fence = i, m["fence"]
        close = re.compile(rf"^[ \t]*{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$")
        i += 1
        while i < len(lines) and not close.match(lines[i]):
            i += 1
        yield start + 1, m["indent"], lines[start + 1:i]
        i += 1


def includes(page):
    """Yield (line number, path, section) for each snippet include in a page, in a code block
    or not (a recorded output can also be Markdown, included into the prose)."""
    for number, text in enumerate(page.read_text(encoding="utf-8").splitlines(), start=1):
        m = INCLUDE.match(text)
        if m:
            yield number, m["path"], m["section"]


def recorded_torch_version():
    """The torch version the recorded outputs were made with, read from the stamp."""
    m = re.search(r"Checked against torch ([^\s\"]+)", STAMP.read_text(encoding="utf-8")) if STAMP.exists() else None
    return m[1] if m else None


# Section markers in a recorded output (tests/runner.py writes them around what each section of
# a sectioned script printed), as pymdownx.snippets reads them: `--8<-- "x.out:name"` includes
# one section's output, `--8<-- "x.out"` the whole output without the markers.
OUTPUT_MARK = re.compile(r"^--8<-- \[(?P<kind>start|end):(?P<name>[-_0-9a-z]+)\]$")


def output_sections(text):
    """{section name: what it printed} of a recorded output; {} when it has no markers."""
    sections, name = {}, None
    for line in text.splitlines(keepends=True):
        m = OUTPUT_MARK.match(line.rstrip("\n"))
        if m:
            name = m["name"] if m["kind"] == "start" else None
            sections.setdefault(m["name"], "")
        elif name is not None:
            sections[name] += line
    return sections


def without_marks(text):
    """A recorded output as the reader's `python` prints it: the section markers dropped."""
    return "".join(line for line in text.splitlines(keepends=True)
                   if not OUTPUT_MARK.match(line.rstrip("\n")))


def units(page):
    """Yield (line number, [(path, section)], blank_before) for each fenced block and each
    include line outside one, in page order; blank_before is True when only blank lines (or
    nothing) separate it from the unit before."""
    lines = page.read_text(encoding="utf-8").splitlines()
    i, last_end = 0, -1
    while i < len(lines):
        fence, include = FENCE.match(lines[i]), INCLUDE.match(lines[i])
        start = i
        if fence:
            mark = fence["fence"]
            close = re.compile(rf"^[ \t]*{re.escape(mark[0])}{{{len(mark)},}}[ \t]*$")
            i += 1
            while i < len(lines) and not close.match(lines[i]):
                i += 1
            found = [(m["path"], m["section"]) for m in map(INCLUDE.match, lines[start + 1:i]) if m]
        elif include:
            found = [(include["path"], include["section"])]
        else:
            i += 1
            continue
        adjacent = last_end >= 0 and not any(t.strip() for t in lines[last_end + 1:start])
        yield start + 1, found, adjacent
        last_end = i
        i += 1


def differing_parts(out, variant):
    """[(section, primary's text, variant's text)] of two recorded outputs (paths), for each
    section whose text differs; section None for an output without sections."""
    a, b = ((ROOT / p).read_text(encoding="utf-8") for p in (out, variant))
    sa, sb = output_sections(a), output_sections(b)
    if not sa and not sb:
        return [(None, a, b)] if a != b else []
    return [(name, sa.get(name, ""), sb.get(name, "")) for name in dict.fromkeys([*sa, *sb])
            if sa.get(name) != sb.get(name)]
