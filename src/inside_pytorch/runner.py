"""Run snippets the way `python snippets/<chapter>/<name>.py` runs them, importing torch once.

This process imports torch (and torch._dynamo, which torch imports on first use of an
optimizer, a dispatch mode or torch.compile), then forks one child per request. The child
inherits the imports but nothing it changes (seeds, print options, hooks, patched functions)
reaches the next snippet: it exits when its snippet ends. Start it from the repository root, by its path
(recording.Runner does): run as `python -m inside_pytorch.runner`, the package would be
imported into the process every snippet inherits, and the other Pythons a torch-free session
is replayed under have no package at all. It imports nothing but the standard library and torch.

    python src/inside_pytorch/runner.py

It reads one JSON request per line on stdin, {"argv": [...], "stdin": path or null,
"env": {...}, "merge_stderr": bool}, where argv is a command line such as ["python", "snippets/x/y.py"] or
["python", "-m", "pdb", "snippets/x/y.py"], and answers one JSON line on stdout:
{"returncode": int, "stdout": str, "stderr": str}. When "stdin" names a file, each line the
program reads is echoed to its stdout, as a terminal shows what was typed; its lines that start
with `#` are declarations for the tests, never typed.

A script cut into pymdownx.snippets sections (`# --8<-- [start:name]` ... `[end:name]`, at the
top level) runs section by section in one namespace, and its stdout carries the same markers
around what each section printed, so a page can include each section's output right under
that section's code (`--8<-- "x.out:name"`); an include of the whole `.out` drops the markers.
Line numbers, tracebacks and `inspect` see the real file: each part is compiled at its place.
"""

import json
import os
import re
import random
import runpy
import sys
import tempfile
import traceback

try:  # the point of this process: paid once, inherited by every child
    import torch
    import torch.nn  # noqa: F401
    import torch.nn.functional  # noqa: F401
    # What torch imports on first use of an optimizer, a dispatch mode or torch.compile: 2 s
    # of imports a child would otherwise do again for each such snippet. (A script that looks
    # through sys.modules sees it; each notebook runs the scripts it shows whole in a fresh
    # kernel of its own.)
    import torch._dynamo  # noqa: F401
except ModuleNotFoundError:  # a Python without torch, for torch-free sessions
    torch = None


class EchoingStdin:
    """Replays a file as typed input: each line read is also written to stdout."""

    def __init__(self, path):
        self._file = open(path, encoding="utf-8")

    def readline(self, size=-1):
        line = self._file.readline(size)
        while line.startswith("#"):  # a declaration for the tests (commands.command_for), not typed
            line = self._file.readline(size)
        sys.stdout.write(line if line.endswith("\n") or not line else line + "\n")
        return line

    def __getattr__(self, name):
        return getattr(self._file, name)


# A section marker line of pymdownx.snippets (the same pattern, simplified to whole lines).
SECTION = re.compile(r"^[ \t]*#[ \t]*-+8<-+[ \t]+\[[ \t]*(start|end)[ \t]*:"
                     r"[ \t]*([a-z][-_0-9a-z]*)[ \t]*\]\s*$")
# The markers of a section that printed nothing: left out of the output.
EMPTY_SECTION = re.compile(r"^--8<-- \[start:([-_0-9a-z]+)\]\n--8<-- \[end:\1\]\n", re.M)


def run_script(path):
    """What runpy.run_path(path, run_name="__main__") does, section by section when the file
    has section markers: each part (a section, or the code between two) is compiled at its own
    lines of the real file and run in one shared namespace; before and after a section, a
    marker line goes to stdout."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines(keepends=True)
    marks = [(i, *m.groups()) for i, line in enumerate(lines) for m in [SECTION.match(line)] if m]
    if not marks:
        runpy.run_path(path, run_name="__main__")
        return
    namespace = {"__name__": "__main__", "__file__": path, "__cached__": None, "__doc__": None,
                 "__loader__": None, "__package__": None, "__spec__": None,
                 "__builtins__": __builtins__}
    start, name = 0, None
    for i, kind, section in [*marks, (len(lines), "end", None)]:
        code = compile("\n" * start + "".join(lines[start:i]), path, "exec")
        exec(code, namespace)
        sys.stdout.flush()
        if section is not None:  # output of a sibling process or fd 1 is flushed before
            if kind == "start" and name is not None or kind == "end" and section != name:
                raise SyntaxError(f"{path}:{i + 1}: sections must not nest or cross")
            sys.stdout.write(f"--8<-- [{kind}:{section}]\n")
            sys.stdout.flush()
            name = section if kind == "start" else None
        start = i + 1


def run_in_child(request, out_path, err_path):
    """In the forked child: become the requested command with fresh streams, then exit."""
    argv, stdin_path = request["argv"], request.get("stdin")
    os.dup2(os.open(os.devnull if stdin_path is None else stdin_path, os.O_RDONLY), 0)
    os.dup2(os.open(out_path, os.O_WRONLY), 1)
    os.dup2(os.open(err_path, os.O_WRONLY), 2)
    # Fresh objects: the parent's may hold buffered protocol lines.
    sys.stdout = open(1, "w", encoding="utf-8", closefd=False)
    sys.stderr = open(2, "w", encoding="utf-8", closefd=False, buffering=1)
    if request.get("merge_stderr"):  # 2>&1, in the order a terminal would show
        os.dup2(1, 2)
        sys.stderr = sys.stdout
    sys.stdin = open(0, encoding="utf-8", closefd=False)
    if stdin_path is not None:
        sys.stdin = EchoingStdin(stdin_path)
    os.environ.update(request.get("env", {}))
    # A new process starts with fresh random state; without this every child would share the
    # parent's, and an unseeded snippet would look deterministic here but not under python.
    if torch is not None:
        torch.seed()
    random.seed()
    if "numpy" in sys.modules:
        sys.modules["numpy"].random.seed()
    code = 0
    try:
        if argv[1] == "-m":  # python -m module args...: sys.path[0] is the working directory
            sys.argv = argv[2:]
            sys.path[0] = os.getcwd()
            runpy.run_module(argv[2], run_name="__main__", alter_sys=True)
        else:  # python script args...: sys.path[0] is the script's directory
            sys.argv = argv[1:]
            sys.path[0] = os.path.dirname(os.path.abspath(argv[1]))
            run_script(os.path.abspath(argv[1]))
    except SystemExit as exc:  # what the interpreter does with sys.exit(code)
        if isinstance(exc.code, int) or exc.code is None:
            code = exc.code or 0
        else:
            print(exc.code, file=sys.stderr)
            code = 1
    except BaseException:
        traceback.print_exc()
        code = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass
    os._exit(code)


def run(request):
    with tempfile.TemporaryDirectory() as tmp:
        out_path, err_path = os.path.join(tmp, "out"), os.path.join(tmp, "err")
        for path in (out_path, err_path):
            open(path, "w").close()
        pid = os.fork()
        if pid == 0:
            try:
                run_in_child(request, out_path, err_path)
            finally:
                os._exit(70)
        _, status = os.waitpid(pid, 0)
        with open(out_path, encoding="utf-8", errors="replace") as out, \
                open(err_path, encoding="utf-8", errors="replace") as err:
            return {"returncode": os.waitstatus_to_exitcode(status),
                    "stdout": EMPTY_SECTION.sub("", out.read()), "stderr": err.read()}


def main():
    for line in sys.stdin:
        sys.stdout.write(json.dumps(run(json.loads(line))) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
