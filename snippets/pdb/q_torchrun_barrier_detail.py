# terminal: it starts torchrun, which starts three worker processes
# A plain dist.barrier() that fails only under TORCH_DISTRIBUTED_DEBUG=DETAIL:
# ranks 0 and 1 exchanged a tensor with send/recv first. On gloo, send and recv
# count in the group's sequence number of the two ranks that ran them, so at
# the barrier ranks 0 and 1 are at number 1 and rank 2 at 0, and DETAIL's check
# sees a mismatch where there is none. The fix: point-to-point on a group of
# its own.
import os
import re
import subprocess
import sys

import torch
import torch.distributed as dist


def main():
    dist.init_process_group("gloo")
    rank = dist.get_rank()
    own_group = os.environ["P2P_GROUP"] == "pair"
    pair = dist.new_group([0, 1]) if own_group else None
    t = torch.zeros(1)
    if rank == 0:
        dist.send(t + 1, dst=1, group=pair)
    elif rank == 1:
        dist.recv(t, src=0, group=pair)
    try:
        dist.barrier()
        result = f"passed the barrier with {t}"
    except RuntimeError as error:
        result = f"{type(error).__name__}: {error}"
    # one write per line, so that the ranks' lines stay whole
    os.write(1, f"rank {rank}: {result}\n".encode())
    dist.destroy_process_group()


if "LOCAL_RANK" in os.environ:  # a worker that torchrun started
    main()
    sys.exit()

script = os.path.relpath(__file__)
for debug, group in (("OFF", "default"), ("DETAIL", "default"),
                     ("DETAIL", "pair")):
    run = subprocess.run(
        [sys.executable, "-m", "torch.distributed.run", "--standalone",
         "--nproc-per-node=3", script],
        env=dict(os.environ, TORCH_DISTRIBUTED_DEBUG=debug, P2P_GROUP=group),
        capture_output=True, text=True)
    print(f"$ TORCH_DISTRIBUTED_DEBUG={debug} P2P_GROUP={group} torchrun "
          f"--standalone --nproc-per-node=3 {script}")
    for line in sorted(run.stdout.splitlines()):
        # the message goes on with each fingerprint's tensor shapes and devices
        print("  " + re.sub(r"(\.Collectives differ.*?Sequence number: "
                            r"\d+ ?vs ?\d+).*", r"\1", line).replace("\t", ""))
    assert run.returncode == 0, run.stderr
