# terminal: the log names the program's file as a terminal run sees it
# Runs snippets/pdb/q_graph_break_program.py with nothing set, with
# TORCHDYNAMO_VERBOSE=1, and with TORCH_LOGS=graph_breaks, and prints what each
# wrote to standard error: the log lines without their prefix of level, time,
# process id and source line, and without the hints.
import os
import re
import subprocess
import sys

for setting in ({}, {"TORCHDYNAMO_VERBOSE": "1"},
                {"TORCH_LOGS": "graph_breaks"}):
    run = subprocess.run(
        [sys.executable, "snippets/pdb/q_graph_break_program.py"],
        env=dict(os.environ, **setting), capture_output=True, text=True,
        check=True)
    name = " ".join(f"{k}={v}" for k, v in setting.items()) or "nothing set"
    lines = run.stderr.splitlines()
    print(f"{name}: {len(lines)} lines on standard error")
    for line in lines:
        text = re.sub(r"^[VIWE]\d+ [\d:.]+ \d+ \S+\] \[[\d/]+\] \[\w+\] ?",
                      "", line)
        hint = re.match(r"\s*(Hint|Developer|For more)", text)
        if text.strip() and not hint:
            print("  " + text)
