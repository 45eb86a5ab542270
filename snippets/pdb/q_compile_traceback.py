# terminal: the tracebacks name the program's file as a terminal run sees it
# Runs snippets/pdb/q_compile_traceback_program.py fail with
# TORCH_LOGS=graph_code and prints the frames of its traceback (file, line,
# function), its error, and of the log, each operation of the graph under the
# "# File:" comment naming its source. Then runs the same file in this
# process under torch.compiler.set_stance("force_eager").
import os
import re
import runpy
import subprocess
import sys
import traceback

import torch

PROGRAM = "snippets/pdb/q_compile_traceback_program.py"


def show(frames, error):
    for file, line, function in frames:
        if file.endswith(PROGRAM) or "/torch/" in file or "eval_with" in file:
            path = re.sub(r".*/site-packages/", "", file)
            print(f"  {path.replace(os.getcwd() + os.sep, '')}:{line} "
                  f"in {function}")
    print("  " + error)


print(f"$ TORCH_LOGS=graph_code python {PROGRAM} fail")
run = subprocess.run([sys.executable, PROGRAM, "fail"], text=True,
                     env=dict(os.environ, TORCH_LOGS="graph_code"),
                     capture_output=True)
lines = run.stderr.splitlines()
frames = [re.match(r'\s*File "(.*)", line (\d+), in (\S+)', line)
          for line in lines]
show([m.groups() for m in frames if m], lines[-1])
print("  the graph's code, as logged:")
for line in lines:
    code = line.partition("[__graph_code] ")[2].strip()
    if code.startswith("# File:") or " = torch." in code:
        code = re.sub(r"# File: \S+:(\d+) in (\w+), code:",
                      r"# File: line \1 in \2, code:", code)
        print("    " + re.sub(r': "[^"]*"', "", code)[:73])

print('with torch.compiler.set_stance("force_eager"):')
torch.compiler.set_stance("force_eager")
sys.argv = [PROGRAM, "fail"]
try:
    runpy.run_path(PROGRAM, run_name="__main__")
except IndexError as error:
    frames = traceback.extract_tb(error.__traceback__)
    show([(f.filename, f.lineno, f.name) for f in frames],
         f"IndexError: {error}")
