# terminal: compiles a C++ program with c++ and runs it
# A libtorch program whose configuration lacks a setting: the setting reads
# as 0, at::arange's TORCH_CHECK throws a c10::Error, and a C++ program that
# does not catch it is ended by std::terminate. Caught, it names its check.
import re
import runpy

import torch

helper = runpy.run_path("snippets/cpp/libtorch_program.py")
program = helper["build"]("libtorch_config")

status, out, err = helper["run"](program)          # the setting is missing
print(f"exit status {status} (SIGABRT is 6); its standard error begins:")
lines = err.splitlines()
for line in lines[:3]:
    print("  " + line)
assert lines[0] == ("terminate called after throwing an instance of "
                    "'c10::Error'")
print("and its named frames, innermost first:")
for line in lines[3:]:
    name = re.match(r"frame #(\d+): ([\w:]+)\(", line)
    if name and not name[2].startswith("__libc"):
        print(f"  #{name[1]} {name[2]}")
assert status == -6

status, out, err = helper["run"](program, "caught")  # try { } catch
print(f"caught: exit status {status}; standard output:")
print("  " + out.replace("\n", "\n  ").rstrip())

status, out, err = helper["run"](program, "configured")  # sdf_iter_step: 5
print(f"configured: exit status {status}; {out.strip()}")
assert status == 0 and err == ""

try:                                   # the same check, called from Python
    torch.arange(0, 20, 0)
except RuntimeError as e:
    print(f"in Python, torch.arange(0, 20, 0): {type(e).__name__}: {e}")
