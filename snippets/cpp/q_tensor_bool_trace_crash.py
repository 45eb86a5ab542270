# A TracerWarning at a tensor test, then a process that ends with no
# traceback. The warning: torch.jit.trace records the branch that the example
# input took. The crash is something else, in native code; faulthandler
# prints the Python stack of it. And the fixes for the warning.
import ctypes
import re
import subprocess
import sys
import warnings

import torch


def scale(x):
    if (x > 0).all():
        return x * 2
    return -x


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    traced = torch.jit.trace(scale, torch.ones(3))
print("torch.jit.trace(scale, torch.ones(3)) warns:")
for text in dict.fromkeys(f"{w.category.__name__}: {w.message}"
                          for w in caught):
    print("  " + text.split(". ")[0] + ".")
print("still running after the warnings; the traced code:")
print(traced.code.strip())
neg = -torch.ones(3)
assert not torch.equal(traced(neg), scale(neg))
print("on -ones(3): eager", scale(neg).tolist(), "| traced",
      traced(neg).tolist())


def check(x):                           # an assert on a tensor: the same
    assert (x > 0).all(), "negative input"
    return x * 2


with warnings.catch_warnings(record=True):
    warnings.simplefilter("always")
    traced_check = torch.jit.trace(check, torch.ones(3))
print("traced check on -ones(3), no AssertionError:",
      traced_check(neg).tolist())

# Windows' exit code: 0xC0000005 read as a signed 32-bit integer
code = ctypes.c_int32(0xC0000005).value
assert code == -1073741819
print(f"0xC0000005 as int32: {code} | -1073741819 as uint32: "
      f"{hex(-1073741819 & 0xFFFFFFFF)}")

# A child that traces (warning) and then crashes in native code (reading
# address 0 through ctypes, as a buggy extension might): run plainly, and
# with -X faulthandler. The child silences torch.jit's deprecation warning.
CHILD = """
import ctypes
import torch

def check(x):
    assert (x > 0).all(), "negative input"
    return x * 2

def read_buffer(address):
    return ctypes.string_at(address)

traced = torch.jit.trace(check, torch.ones(3))
read_buffer(0)
"""


QUIET = ["-W", "ignore::DeprecationWarning", "-W", "ignore::FutureWarning"]


def show(stderr):
    for line in stderr.splitlines():
        if "TracerWarning" in line:
            print("  " + line.split(". ")[0] + ". ...")
        elif line.startswith("Extension modules:"):
            print("  Extension modules: ...")
        elif re.match(r'\s+File "[^<]', line):     # a file of Python's own
            print("    File " + re.sub(r".*/(\w+/\w+\.py)\", line \d+",
                                       r'".../\1", line ...', line))
        elif line.strip():
            print("  " + re.sub(r"0x[0-9a-f]+", "0x...", line))


for flags in ([], ["-X", "faulthandler"]):
    run = subprocess.run([sys.executable, *QUIET, *flags, "-c", CHILD],
                         capture_output=True, text=True)
    print(f"python {' '.join(flags + ['-c', 'CHILD'])}: exit status "
          f"{run.returncode}, standard error:")
    show(run.stderr)
enabled = subprocess.run(
    [sys.executable, *QUIET, "-c",
     "import faulthandler\nfaulthandler.enable()\n" + CHILD],
    capture_output=True, text=True)


def frames(stderr):                     # the program's frames: (line, name)
    return re.findall(r'File "<string>", line (\d+) in (\S+)', stderr)


# the same report, the program's lines 2 further down (the 2 added lines)
assert "Fatal Python error: Segmentation fault" in enabled.stderr
assert frames(enabled.stderr) == [(str(int(n) + 2), f)
                                  for n, f in frames(run.stderr)]
print("faulthandler.enable() in the program: the same report, at lines",
      ", ".join(n for n, _ in frames(enabled.stderr)), "| exit status",
      enabled.returncode)

# Python's default warning filters hide a DeprecationWarning raised in
# torch's code, and show a FutureWarning
default = subprocess.run(
    [sys.executable, "-c",
     "import torch\ntorch.jit.trace(lambda x: x * 2, torch.ones(3))"],
    capture_output=True, text=True)
print("python's default warning filters show the deprecation of trace:",
      "`torch.jit.trace` is deprecated" in default.stderr)

# Fixes for the warning: keep the `if` in a compiled program, or keep the
# test out of the trace
with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    warnings.simplefilter("ignore", FutureWarning)
    scripted = torch.jit.script(scale)
assert torch.equal(scripted(neg), scale(neg))
print("torch.jit.script(scale) on -ones(3):", scripted(neg).tolist())


class Scale(torch.nn.Module):
    def forward(self, x):
        return torch.cond((x > 0).all(), lambda x: x * 2, lambda x: -x, (x,))


exported = torch.export.export(Scale(), (torch.ones(3),)).module()
for x in (torch.ones(3), neg):
    assert torch.equal(exported(x), scale(x))
print("torch.export with torch.cond on ones, -ones:",
      exported(torch.ones(3)).tolist(), exported(neg).tolist())
torch._dynamo.reset()


def double(x):                          # the traced part: no test on values
    return x * 2


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    traced_double = torch.jit.trace(double, torch.ones(3))
assert not [w for w in caught if w.category is torch.jit.TracerWarning]


def run(x):                             # the test, in Python, outside
    assert (x > 0).all(), "negative input"
    return traced_double(x)


print("the test outside the trace: TracerWarnings 0, run(ones):",
      run(torch.ones(3)).tolist())
try:
    run(neg)
except AssertionError as e:
    print(f"run(-ones(3)): {type(e).__name__}: {e}")
