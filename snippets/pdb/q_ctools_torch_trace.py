# What TORCH_TRACE=<dir> writes: a child process compiles one function with
# the variable set to a fresh directory. Printed: the directory's entries, with
# the random part of the file name masked, whether each path is a directory or
# a file (tlparse parses one file), and the first record of the log, its
# prefix (time, process id, torch's file and line), its payload's hash and
# timestamp masked; then the kinds of record in the file.
import json
import os
import re
import subprocess
import sys
import tempfile

CHILD = """
import torch

@torch.compile(backend="eager")
def f(x):
    return torch.sin(x) + 1

f(torch.ones(3))
"""
with tempfile.TemporaryDirectory() as trace_dir:
    subprocess.run([sys.executable, "-c", CHILD], check=True,
                   env=dict(os.environ, TORCH_TRACE=trace_dir))
    names = sorted(os.listdir(trace_dir))
    print("TORCH_TRACE directory is a directory:", os.path.isdir(trace_dir))
    for name in names:
        path = os.path.join(trace_dir, name)
        print(" ", re.sub(r"(dedicated_log_torch_trace_)\w+(\.log)",
                          r"\1<random>\2", name), "is a file:",
              os.path.isfile(path))
    with open(os.path.join(trace_dir, names[0])) as log:
        lines = log.read().splitlines()

records = [i for i, line in enumerate(lines) if not line.startswith("\t")]
head = re.sub(r"^([VIWE])\d{4} [\d:.]+ \d+ \S+\]", r"\1<date> <time> <pid> "
              r"<file>:<line>]", lines[0])
head = re.sub(r'"has_payload": "\w+"', '"has_payload": "<md5>"', head)
print(head)
payload = "\n".join(line[1:] for line in lines[1:records[1]])
event = json.loads(payload)
event["ts"] = "<timestamp>"
print(json.dumps(event, indent=1))
kinds = {}
for i in records:
    key = next(iter(json.loads(lines[i].split("] ", 1)[1])))
    kinds[key] = kinds.get(key, 0) + 1
print("kinds of record:", ", ".join(sorted(kinds)))
