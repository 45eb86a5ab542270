"""The site's conventions in one place: where snippets live, how each one runs, what a page
may contain. Read by the tests (tests/) and by nothing at site build time.
"""

import json
import os
import re
import shlex
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


def command_for(script):
    """The command line (and stdin) that produces a snippet's recorded output.

    A plain snippet runs as `python snippets/<chapter>/<name>.py`. A debugger session is a
    script with a `<name>.pdb` file of commands beside it: it runs as
    `python -m pdb snippets/<chapter>/<name>.py` with those commands typed on stdin, and its
    transcript interleaves stdout and stderr as a terminal shows them.

    A session's script may instead say how it is started, on its first line, as a reader
    would type it at a shell (the page shows the script, so it shows the command too):

        # command: python -m pdb -c continue snippets/pdb/<name>.py
        # command: python snippets/pdb/<name>.py          (it calls breakpoint() itself)
        # command: PYTHONBREAKPOINT=0 python snippets/pdb/<name>.py

    The line is split like a shell would (shlex); leading NAME=value words become the
    environment, the rest must be `python ...` naming the script itself. The `.pdb` commands
    are still typed on stdin. The line is read only for sessions (a script with a `.pdb`).
    """
    commands = script.with_suffix(".pdb")
    if not commands.exists():
        return {"argv": ["python", rel(script)]}
    request = {"argv": ["python", "-m", "pdb", rel(script)], "stdin": rel(commands),
               "merge_stderr": True}
    first = script.read_text(encoding="utf-8").partition("\n")[0]
    m = SESSION_COMMAND.match(first)
    if m:
        words = shlex.split(m["command"])
        env = {}
        while words and ENV_ASSIGNMENT.match(words[0]):
            name, _, value = words.pop(0).partition("=")
            env[name] = value
        if words[:1] != ["python"] or rel(script) not in words:
            raise ValueError(f"{rel(script)}: the first line must read `# command: [NAME=value "
                             f"...] python ... {rel(script)} ...`, not {first!r}")
        request["argv"] = words
        if env:
            request["env"] = env
    return request


def shell_line(command):
    """A command_for() request as a reader types it: `NAME=value python ... < typed.pdb`."""
    line = " ".join([*(f"{k}={v}" for k, v in command.get("env", {}).items()),
                     *command["argv"]])
    return line + (f" < {command['stdin']}" if command.get("stdin") else "")


def normalise(text):
    """Make a transcript independent of where things are installed.

    The one place absolute paths are rewritten: site-packages becomes `<site-packages>`, the
    standard library `<stdlib>`, and the repository root is dropped (repo-relative paths).
    """
    for path, name in ((sysconfig.get_paths()["purelib"], "<site-packages>"),
                       (sysconfig.get_paths()["stdlib"], "<stdlib>"),
                       (str(ROOT), ".")):
        text = text.replace(path + "/", name + "/" if name != "." else "")
    return text


class Runner:
    """Client of tests/runner.py: one process that imports torch once and forks per snippet.

    `python` is the interpreter to run it with: this one by default, or another venv's (a
    second torch) or another Python's (torch-free sessions; the runner then imports no torch).
    """

    def __init__(self, python=sys.executable):
        self.proc = subprocess.Popen([str(python), str(ROOT / "tests" / "runner.py")],
                                     cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     text=True, encoding="utf-8")

    def run(self, request):
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        reply = self.proc.stdout.readline()
        if not reply:
            raise RuntimeError("tests/runner.py died; run `python tests/runner.py` to see why")
        result = json.loads(reply)
        result["stdout"] = normalise(result["stdout"])
        result["stderr"] = normalise(result["stderr"])
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
