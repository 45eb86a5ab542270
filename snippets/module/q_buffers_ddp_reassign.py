# terminal: it starts two ranks with multiprocessing
# A buffer that forward replaces (self.total = self.total + ...) instead of
# updating in place (self.total.add_(...)), under DDP on two ranks of gloo on
# the CPU. Each rank adds its own input's sum (6 on rank 0, 12 on rank 1), so
# the ranks drift apart after each forward; what the next forward reads shows
# whether DDP's broadcast reached the buffer. The list of buffers DDP
# broadcasts is collected again before each forward; the last case switches
# that refill off, to show what a list collected once would do.
import runpy

import torch
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP

# run_ranks(run): run(rank) on ranks 0 and 1 of a gloo group, {rank: result}
run_ranks = runpy.run_path("snippets/module/two_ranks.py")["run_ranks"]


class Net(nn.Module):
    def __init__(self, reassign):
        super().__init__()
        self.reassign = reassign
        self.linear = nn.Linear(3, 1)
        self.register_buffer("total", torch.zeros(()))

    def forward(self, x):
        self.used = self.total.item()  # what this forward reads
        if self.reassign:
            self.total = self.total + x.sum()  # a new tensor, still the buffer
        else:
            self.total.add_(x.sum())  # the same tensor
        return self.linear(x)


def run(rank):
    torch.manual_seed(0)
    x = torch.full((2, 3), rank + 1.0)
    seen = []
    for reassign, once in ((False, False), (True, False), (True, True)):
        model = DDP(Net(reassign))
        if once:  # keep the list DDP(...) collected: no refill before forward
            model._assign_modules_buffers = lambda: None
        for step in range(3):
            before = model.module.total
            model(x).sum().backward()
            module_buffer = model.module.total
            assert "total" in dict(model.module.named_buffers())
            seen.append((model.module.used, module_buffer.item(),
                         module_buffer is before,
                         model.modules_buffers[0] is module_buffer))
    return seen


if __name__ == "__main__":
    seen = run_ranks(run)
    for mode, title in enumerate((
            "self.total.add_(x.sum()):",
            "self.total = self.total + x.sum():",
            "self.total = self.total + x.sum(), DDP's list collected once:")):
        print(title)
        steps = list(zip(seen[0], seen[1]))[3 * mode:3 * mode + 3]
        for step, ((used0, left0, _, _), (used1, left1, _, _)) in \
                enumerate(steps):
            print(f"  step {step}: rank 0 read {used0:4}, left {left0:4}; "
                  f"rank 1 read {used1:4}, left {left1:4}")
        print("  rank 0's buffer is the tensor it was before forward:",
              [same for (_, _, same, _), _ in steps])
        print("  rank 0's buffer is the tensor in DDP's list:",
              [listed for (_, _, _, listed), _ in steps])
