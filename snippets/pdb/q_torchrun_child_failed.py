# terminal: it starts torchrun, which starts two worker processes
# torchrun's "ChildFailedError: ... failed (exitcode: 1) local_rank: 1": rank 1
# raises, rank 0 is still at work. First without @record, the summary has no
# traceback and the worker's own traceback is earlier in the log, on the
# worker's standard error; then with @record, the summary carries it.
# Started by plain python, the script runs torchrun on itself.
import os
import re
import subprocess
import sys
import time

import torch.distributed as dist
from torch.distributed.elastic.multiprocessing.errors import record


def main():
    dist.init_process_group("gloo")
    if dist.get_rank() == 0:
        time.sleep(300)  # a rank still at work, until torchrun stops it
    raise ValueError("bad batch on rank 1")


if "LOCAL_RANK" in os.environ:  # a worker that torchrun started
    if os.environ["USE_RECORD"] == "1":
        main = record(main)
    main()


def tidy(text):
    """The log without what changes from run to run."""
    text = re.sub(r"(?m)^[IWE]\d{4} [\d:.]+ \d+ \S+\] ", "[launcher] ", text)
    text = re.sub(r"(?m)^\*+\n|.*OMP_NUM_THREADS.*\n", "", text)
    text = re.sub(r"(?m)^(\s*time\s*:) .*", r"\1 <time>", text)
    text = re.sub(r"(?m)^(\s*host\s*:) .*", r"\1 <host>", text)
    text = re.sub(r"(pid:? )\d+|PID \d+|process \d+",
                  lambda m: m[0].split()[0] + " N", text)
    text = re.sub(r"/tmp/torchelastic_\S+/(attempt_\d+/\d+/error\.json)",
                  r"<tmp>/\1", text)
    text = text.replace(sys.executable, "python")
    text = re.sub(r'[^\s"]*/site-packages/', "<site-packages>/", text)
    # trailing blanks, which a notebook drops
    text = re.sub(r"(?m)[ \t]+$", "", text)
    return text.replace(os.getcwd() + "/", "")


script = os.path.relpath(__file__)
for use_record in ("0", "1"):
    run = subprocess.run(
        [sys.executable, "-m", "torch.distributed.run", "--standalone",
         "--nproc-per-node=2", script],
        env=dict(os.environ, USE_RECORD=use_record), capture_output=True,
        text=True)
    log = tidy(run.stderr)
    print(f"$ USE_RECORD={use_record} torchrun --standalone "
          f"--nproc-per-node=2 {script}")
    print(f"(exit status {run.returncode}; standard error, the launcher's "
          f"traceback cut at its last line:)")
    head, _, summary = log.partition(
        'Traceback (most recent call last):\n  File "<frozen runpy>"')
    print(head.lstrip("\n") + "Traceback (most recent call last):\n  ...")
    print(summary[summary.index("torch.distributed.elastic"):])
    assert run.returncode == 1 and run.stdout == ""
