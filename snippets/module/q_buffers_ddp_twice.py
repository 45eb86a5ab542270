# terminal: it starts two ranks with multiprocessing
# A DDP model whose forward multiplies by a buffer, called twice before one
# backward, on two ranks of gloo on the CPU. Autograd saves the buffer for the
# backward of the multiplication; DDP's broadcast before the second forward
# writes into that buffer in place. Then, in one process, the same kind of
# write made without hiding it from autograd, and the fixes. What the hidden
# write can change: rank 0 replaces its scale between the two forwards, and
# the broadcast writes the new values into the scale rank 1 saved.
import runpy
import warnings

import torch
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP

# run_ranks(run): run(rank) on ranks 0 and 1 of a gloo group, {rank: result}
run_ranks = runpy.run_path("snippets/module/two_ranks.py")["run_ranks"]


class Net(nn.Module):
    def __init__(self, clone=False):
        super().__init__()
        self.clone = clone
        self.linear = nn.Linear(3, 3)
        self.register_buffer("scale", torch.full((3,), 2.0))

    def forward(self, x):
        scale = self.scale.clone() if self.clone else self.scale
        return self.linear(x) * scale  # saves scale for backward


def run(rank):
    torch.manual_seed(0)
    lines = []
    net = Net()
    versions = [net.scale._version]
    model = DDP(net)  # its first broadcast writes into scale
    versions.append(net.scale._version)
    x = torch.full((2, 3), rank + 1.0)
    out = model(x) + model(x)  # two forwards, two broadcasts into scale
    out.sum().backward()
    versions.append(net.scale._version)
    lines.append("scale._version before DDP(...), after it, after two "
                 f"forwards: {versions}")
    lines.append(f"two forwards, then backward: ran; DDP syncs buffers before "
                 f"forward: {model.will_sync_module_buffers()}")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        quiet = DDP(Net(), broadcast_buffers=False)
    lines.append(f"broadcast_buffers=False: will sync: "
                 f"{quiet.will_sync_module_buffers()}; "
                 + "; ".join(f"{w.category.__name__}: "
                             f"{str(w.message).split(' IMPORTANT')[0]} ..."
                             for w in caught))
    quiet = DDP(Net(), forward_sync_buffers=False)
    lines.append(f"forward_sync_buffers=False: will sync: "
                 f"{quiet.will_sync_module_buffers()}")
    net = Net()
    model = DDP(net)
    first = model(torch.ones(2, 3))  # saves scale, 2.0 on both ranks
    if rank == 0:
        net.scale = torch.full((3,), 5.0)  # a new tensor, on rank 0 only
    model(torch.ones(2, 3))  # the broadcast: 5.0 into rank 1's saved scale
    first.sum().backward()  # bias.grad: 2 rows * the scale backward reads
    local = (f"bias.grad of the first forward, averaged over the ranks: "
             f"{net.linear.bias.grad.tolist()} (2 * 2.0 on rank 0, "
             f"2 * 5.0 on rank 1)")
    return lines, local


def two_forwards_with_a_write(net):
    x = torch.ones(2, 3)
    first = net(x)
    with torch.no_grad():
        net.scale.copy_(torch.full((3,), 2.0))  # the same values, in place
    second = net(x)
    try:
        (first + second).sum().backward()
        return f"backward ran, scale._version = {net.scale._version}"
    except RuntimeError as e:
        return f"{type(e).__name__}: {str(e).split('. Hint')[0]}"


if __name__ == "__main__":
    seen = run_ranks(run)
    lines = {rank: seen[rank][0] for rank in seen}
    assert lines[0] == lines[1]
    print("DDP, two ranks (rank 1 prints the same as rank 0):")
    print(*[f"  {line}" for line in lines[0]], sep="\n")
    assert seen[0][1] == seen[1][1]
    print("rank 0 replaces scale with 5.0 between the two forwards:")
    print(f"  {seen[0][1]}")

    torch.manual_seed(0)
    print("one process, an in-place write into scale between the forwards:")
    print("  saved buffer:", two_forwards_with_a_write(Net()))
    print("  scale.clone() in forward:",
          two_forwards_with_a_write(Net(clone=True)))
    net, x = Net(), torch.ones(2, 3)
    for step in range(2):  # one forward per backward
        net(x).sum().backward()
        with torch.no_grad():
            net.scale.copy_(torch.full((3,), 2.0))
    print("  one forward per backward: two steps ran")
