# terminal: it starts two ranks with multiprocessing
# DistributedDataParallel(...) on two gloo ranks on the CPU, at each
# TORCH_DISTRIBUTED_DEBUG level: under DETAIL a rank's process ends with
# SIGSEGV (exit code -11) inside the constructor, with no Python traceback.
import os
import re
import runpy

import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP

# run_ranks(run): run(rank) on ranks 0 and 1 of a gloo group, {rank: result};
# it raises when a rank fails or ends without a result
run_ranks = runpy.run_path("snippets/module/two_ranks.py")["run_ranks"]


def run(rank):
    DDP(nn.Linear(4, 1))
    return "DDP(...) returned"


for level in ("OFF", "INFO", "DETAIL"):
    os.environ["TORCH_DISTRIBUTED_DEBUG"] = level
    dist.set_debug_level_from_env()  # what a process started with it reads
    try:
        print(f"{level:6}", sorted(run_ranks(run).items()))
    except RuntimeError as e:  # which rank ends first may vary
        print(f"{level:6}", re.sub(r"^rank \d", "a rank", str(e)))
del os.environ["TORCH_DISTRIBUTED_DEBUG"]
dist.set_debug_level_from_env()
