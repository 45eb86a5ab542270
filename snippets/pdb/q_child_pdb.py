# terminal: it starts Pythons of its own and types into their pdb
# pdb in a process that multiprocessing started (spawn here, as
# torch.multiprocessing.spawn and many trainers do, even for one worker):
# its sys.stdin reads /dev/null, so breakpoint() quits at once. File
# descriptor 0 is still the terminal of the parent: a pdb that reads it
# gives a working prompt.
import multiprocessing
import os
import pdb
import subprocess
import sys


class TerminalPdb(pdb.Pdb):
    """pdb reading file descriptor 0 instead of sys.stdin."""

    def interaction(self, *args, **kwargs):
        saved = sys.stdin
        try:
            with open(0, closefd=False) as sys.stdin:
                super().interaction(*args, **kwargs)
        finally:
            sys.stdin = saved


def train(debugger):
    step = 3
    loss = 0.25 * step
    if debugger == "TerminalPdb":
        TerminalPdb().set_trace()
    else:
        breakpoint()
    print(f"child: loss = {loss}", flush=True)


def run(debugger, typed):
    """Run this file with a pseudo-terminal on fd 0, typing `typed`."""
    terminal, fd = os.openpty()
    os.write(terminal, "".join(c + "\n" for c in typed).encode())
    done = subprocess.run([sys.executable, sys.argv[0], debugger], stdin=fd,
                          capture_output=True, text=True)
    print(f"$ python {sys.argv[0]} {debugger}")
    parts = done.stdout.split("(Pdb) ")
    print(parts[0], end="")
    for command, part in zip(typed, parts[1:]):
        print(f"(Pdb) {command}\n{part}", end="")
    for part in parts[len(typed) + 1:]:
        print(f"(Pdb) {part}", end="")  # a prompt nothing was typed at
    if done.stderr:
        print("[standard error ends with:", done.stderr.splitlines()[-1] + "]")


if __name__ == "__main__":
    if sys.argv[1:]:  # the program each run starts
        child = multiprocessing.get_context("spawn").Process(
            target=train, args=(sys.argv[1],))
        child.start()
        child.join()
        print("child exit code:", child.exitcode)
    else:
        run("breakpoint", [])
        run("TerminalPdb", ["p step, loss", "c"])
