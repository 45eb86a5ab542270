# terminal: the log names the script's file as a terminal run sees it
# "torch._dynamo hit config.recompile_limit (8)": a loop over range(n) is
# unrolled into the graph, so each new n fails the guard `n == ...` and
# compiles again. Run with TORCH_LOGS=recompiles in a child process (the log
# is printed without its prefix of level, time and process id), then fixed.
import logging
import os
import re
import subprocess
import sys

import torch


def repeat(x, n):
    for _ in range(n):
        x = x * 2
    return x


def double(x):
    return x * 2


if sys.argv[1:] == ["child"]:
    compiled = torch.compile(repeat, backend="eager")
    for n in range(1, 11):
        compiled(torch.ones(3), n)
    sys.exit()

SCRIPT = "snippets/pdb/q_recompiles.py"
run = subprocess.run([sys.executable, SCRIPT, "child"], capture_output=True,
                     text=True, env=dict(os.environ, TORCH_LOGS="recompiles"))
lines = [re.sub(r"^[VIWE]\d+ [\d:.]+ \d+ \S+\] \[[\d/]+\] (\[\w+\] ?)?", "",
                line).replace(os.getcwd() + os.sep, "")
         for line in run.stderr.splitlines()]
# a guard's comment names the file by the tail of its absolute path, and
# ends with a line of Dynamo's own source: cut both
lines = [re.sub(r" \(_dynamo/[^)]*\)$", "",
                re.sub(r"# \S+(snippets/pdb/)", r"# \1", t)) for t in lines]
print("Recompiling lines:", sum("Recompiling function" in t for t in lines))
first = lines.index(next(t for t in lines if "Recompiling" in t))
print("\n".join(lines[first:first + 3]))
hit = lines.index(next(t for t in lines if "hit config" in t))
print("\n".join(lines[hit:hit + 4]))
print("hit lines:", sum("hit config" in t for t in lines))


torch._logging.set_logs(dynamo=logging.ERROR)  # the warning was shown above


def graphs(fn, **options):
    """How many graphs compiling fn makes for n = 1..10."""
    torch._dynamo.reset()
    torch._dynamo.utils.counters.clear()
    compiled = torch.compile(fn, backend="eager", **options)
    for n in range(1, 11):
        compiled(torch.ones(3), n)
    return torch._dynamo.utils.counters["stats"]["unique_graphs"]


print("default limit: graphs compiled:", graphs(repeat))
print("recompile_limit=16: graphs compiled:",
      graphs(repeat, recompile_limit=16))
torch._dynamo.reset()
torch._dynamo.utils.counters.clear()
compiled_double = torch.compile(double, backend="eager")
for n in range(1, 11):
    compiled_double(torch.ones(n))  # a new size at every call
print("double on sizes 1 to 10: graphs compiled:",
      torch._dynamo.utils.counters["stats"]["unique_graphs"])

torch._dynamo.reset()
torch._dynamo.utils.counters.clear()
compiled_double = torch.compile(double, backend="eager")  # the loop body only
x = torch.ones(3)
for n in range(1, 11):
    y = torch.ones(3)
    for _ in range(n):
        y = compiled_double(y)
    assert torch.equal(y, repeat(x, n))
print("loop body compiled: graphs compiled:",
      torch._dynamo.utils.counters["stats"]["unique_graphs"])
