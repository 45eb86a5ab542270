# terminal: the tracebacks name the program's file as a terminal run sees it
# Runs snippets/pdb/q_compile_traceback_program.py fail as it is, with
# TORCH_LOGS=graph_code, and with TORCH_COMPILE_DISABLE=1, and prints the
# frames of each traceback (file, line, function) and its error; of the log,
# each operation of the graph under the "# File:" comment naming its source.
import os
import re
import subprocess
import sys

PROGRAM = "snippets/pdb/q_compile_traceback_program.py"
for setting in ({}, {"TORCH_LOGS": "graph_code"},
                {"TORCH_COMPILE_DISABLE": "1"}):
    run = subprocess.run([sys.executable, PROGRAM, "fail"], text=True,
                         env=dict(os.environ, **setting), capture_output=True)
    print(" ".join(f"{k}={v}" for k, v in setting.items()) or "nothing set")
    lines = run.stderr.splitlines()
    if "TORCH_LOGS" in setting:  # the graph's code, without the log prefix
        for line in lines:
            code = line.partition("[__graph_code] ")[2].strip()
            if code.startswith("# File:") or " = torch." in code:
                code = re.sub(r"# File: \S+:(\d+) in (\w+), code:",
                              r"# File: line \1 in \2, code:", code)
                print("  " + re.sub(r": \"[^\"]*\"", "", code)[:75])
        print("  " + lines[-1])
        continue
    for line in lines:
        frame = re.match(r'\s*File "(.*)", line (\d+), in (\S+)', line)
        if frame:
            path = re.sub(r".*/site-packages/", "", frame[1])
            path = path.replace(os.getcwd() + os.sep, "")
            print(f"  {path}:{frame[2]} in {frame[3]}")
    print("  " + lines[-1])
