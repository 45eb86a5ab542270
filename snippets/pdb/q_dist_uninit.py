# terminal: pdb in a notebook kernel asks the kernel for input, not fd 0
# torch.distributed.breakpoint() needs the default process group: it asks
# for the rank and enters a barrier. Called before init_process_group, it
# fails; after it (one rank here), `up` then `n` steps in your own frame.
import os
import tempfile

import torch
import torch.distributed as dist


def step(x):
    y = x * 2
    dist.breakpoint()
    z = y + 1
    return z


try:
    step(torch.ones(2))
except ValueError as error:
    print("ValueError:", error)

with tempfile.TemporaryDirectory() as tmp:
    # a pseudo-terminal on fd 0, and what you would type at its (Pdb) prompts
    terminal, fd = os.openpty()
    os.dup2(fd, 0)
    os.write(terminal, b"up\nn\np y\nc\n")
    dist.init_process_group("gloo", init_method=f"file://{tmp}/init",
                            rank=0, world_size=1)
    print("step:", step(torch.ones(2)))
    dist.destroy_process_group()
