# terminal: it starts torchrun, which starts two worker processes
# Two ways a rank dies when memory runs out, as torchrun reports them. A rank
# killed by SIGKILL (what the kernel's out-of-memory killer sends; the worker
# sends it to itself here) leaves no traceback: "exitcode: -9". An allocation
# that fails raises an exception: "exitcode: 1", and with @record its message.
# The second run keeps each rank's output in files: --log-dir and --redirects.
import os
import pathlib
import re
import resource
import signal
import subprocess
import sys
import tempfile
import time

import torch
import torch.distributed as dist
from torch.distributed.elastic.multiprocessing.errors import record


@record
def main():
    dist.init_process_group("gloo")
    print(f"rank {dist.get_rank()} started")
    if dist.get_rank() == 0:
        time.sleep(300)  # a rank still at work, until torchrun stops it
    if os.environ["CASE"] == "killed":
        os.kill(os.getpid(), signal.SIGKILL)  # as the OOM killer does
    # at most 64 GiB of address space, whatever the machine's overcommit policy
    resource.setrlimit(resource.RLIMIT_AS, (2**36, 2**36))
    torch.empty(2**40)  # 4 TiB of float32


if "LOCAL_RANK" in os.environ:  # a worker that torchrun started
    main()


def summary(text, tmp):
    """The launcher's summary, without what changes from run to run."""
    text = text[text.index("Root Cause"):].rstrip().rstrip("=")
    text = re.sub(r"(?m)^\s*(time|host)\s*:.*\n", "", text)
    text = re.sub(r"(pid:? )\d+|PID \d+",
                  lambda m: m[0].split()[0] + " N", text)
    text = re.sub(r"(/tmp/torchelastic_|" + re.escape(tmp)
                  + r"/)\S+?/(attempt_)",
                  lambda m: ("<tmp>/" if "torchelastic" in m[1]
                             else "<log-dir>/<run>/") + m[2], text)
    text = re.sub(r'[^\s"]*/site-packages/', "<site-packages>/", text)
    # trailing blanks, which a notebook drops
    text = re.sub(r"(?m)[ \t]+$", "", text)
    return text.replace(os.getcwd() + "/", "")


script = os.path.relpath(__file__)
with tempfile.TemporaryDirectory() as tmp:
    for case, options in (("killed", []),
                          ("alloc", ["--log-dir", tmp, "--redirects", "3"])):
        command = ["-m", "torch.distributed.run", "--standalone",
                   "--nproc-per-node=2", *options, script]
        run = subprocess.run([sys.executable, *command],
                             env=dict(os.environ, CASE=case),
                             capture_output=True, text=True)
        print(f"$ CASE={case} torchrun "
              + " ".join(command[2:]).replace(tmp, "<log-dir>"))
        print("exit status:", run.returncode,
              "- a traceback from rank 1 in the terminal:",
              "[rank1]: Traceback" in run.stderr)
        print(summary(run.stderr, tmp))
    print("files under --log-dir:")
    files = sorted(pathlib.Path(tmp).rglob("*.log"))
    for path in files:
        parts = path.relative_to(tmp).parts  # <run id>_<random>/attempt_0/...
        lines = len(path.read_text().splitlines())
        print("  <run>/" + "/".join(parts[1:]), f"({lines} lines)")
    stderr1 = next(p for p in files if p.parts[-2:] == ("1", "stderr.log"))
    print("last line of rank 1's stderr.log:")
    print(" ", stderr1.read_text().splitlines()[-1])
