# terminal: it starts itself again as a child process, by its file name
# An operator defined, deleted with its Library, and defined again: a fresh
# torch.ops lookup finds the new one; a handle kept from before the deletion
# still points at the dispatcher's freed entry. That handle is called only in
# child processes, which it may crash.
import os
import re
import subprocess
import sys

import torch
from torch.library import Library

x = torch.tensor([1, 2])


def define(factor):
    lib = Library("foo", "DEF")
    lib.define("sum(Tensor self) -> Tensor")
    lib.impl("sum", lambda t: t * factor, "CPU")
    return lib


def shown(call):
    try:
        return call()
    except Exception as e:
        # the assertion names the build machine's path: keep the file name
        message = re.sub(r' at ".*/([^/"]+)":(\d+), please report a bug to'
                         r' PyTorch\.', r' (\1:\2):', str(e))
        return f"{type(e).__name__}: {message}"


if sys.argv[1:2] == ["--old-handle"]:  # run as a child process, below
    lib = define(2)
    old = torch.ops.foo.sum  # a handle kept by the caller
    print("  old handle:", old(x))
    del lib
    print("  old handle, Library deleted:", shown(lambda: old(x)))
    lib = define(3)
    if sys.argv[2] == "again":
        print("  old handle, defined again:", shown(lambda: old(x)))
    print("  fresh lookup, defined again:", torch.ops.foo.sum(x))
    sys.exit()

# The thread's steps, each call a fresh torch.ops lookup: they work
lib = define(2)
first = torch.ops.foo.sum
print("defined:", first(x))
del lib
print("Library deleted, torch.ops.foo has sum:",
      hasattr(torch.ops.foo, "sum"))
lib = define(3)
assert torch.ops.foo.sum is not first  # a new handle, for the new entry
print("defined again:", torch.ops.foo.sum(x))

# An old handle, in a child process: as it is, then with glibc's
# glibc.malloc.perturb=1, which changes what some memory holds when malloc
# hands it out and once it is freed
for perturb, again in ((0, "no"), (1, "again")):
    env = {**os.environ, "GLIBC_TUNABLES": f"glibc.malloc.perturb={perturb}"}
    child = subprocess.run([sys.executable, __file__, "--old-handle", again],
                           capture_output=True, text=True, env=env)
    print(f"child, glibc.malloc.perturb={perturb}:"
          f" exit code {child.returncode}")
    print(child.stdout, end="")
