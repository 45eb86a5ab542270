# terminal: the log names the program's file as a terminal run sees it
# Runs snippets/pdb/q_graph_break_program.py with nothing set, with
# TORCHDYNAMO_VERBOSE=1, and with TORCH_LOGS=graph_breaks, and prints what each
# wrote to standard error: the log lines without their prefix of level, time,
# process id and source line, and without the hints. Then runs it with
# fullgraph=True, where the break is an error, with and without
# TORCHDYNAMO_VERBOSE=1.
import os
import re
import subprocess
import sys

PROGRAM = "snippets/pdb/q_graph_break_program.py"
for setting in ({}, {"TORCHDYNAMO_VERBOSE": "1"},
                {"TORCH_LOGS": "graph_breaks"}):
    run = subprocess.run(
        [sys.executable, PROGRAM],
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

for setting in ({}, {"TORCHDYNAMO_VERBOSE": "1"}):
    run = subprocess.run(
        [sys.executable, PROGRAM, "fullgraph"],
        env=dict(os.environ, **setting), capture_output=True, text=True)
    name = " ".join(f"{k}={v}" for k, v in setting.items()) or "nothing set"
    lines = run.stderr.splitlines()
    frames = [f for f in lines if re.match(r'\s*File ".*/torch/_dynamo/', f)]
    print(f"fullgraph=True, {name}: exit status {run.returncode}, "
          f"{len(lines)} lines on standard error, {len(frames)} traceback "
          "frames in torch/_dynamo")
    print("  " + next(f for f in lines if f.startswith("torch._dynamo.exc")))
    if not setting:  # what the error suggests
        print("  " + next(f for f in lines if f.startswith("Set ")))
