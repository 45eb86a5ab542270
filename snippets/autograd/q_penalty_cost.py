# What a gradient penalty adds to a training step, counted: the nodes of
# the graph that backward runs, the convolution kernels, and the FLOPs.
import torch
import torch.nn.functional as F
from torch import nn
from torch.utils._python_dispatch import TorchDispatchMode
from torch.utils.flop_counter import flop_registry


class Cost(TorchDispatchMode):
    """Counts the convolution kernels a block runs, and the FLOPs of all
    its kernels (by torch.utils.flop_counter's formulas)."""

    def __init__(self):
        super().__init__()
        self.convs = self.flops = 0

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        kwargs = kwargs or {}
        out = func(*args, **kwargs)
        self.convs += func.overloadpacket.__name__.startswith("convolution")
        formula = flop_registry.get(func.overloadpacket)
        if formula:
            self.flops += formula(*args, **kwargs, out_val=out)
        return out


def graph(t):
    """The nodes of t's graph: what t.backward() runs."""
    seen, todo = set(), [t.grad_fn]
    while todo:
        node = todo.pop()
        if node is not None and node not in seen:
            seen.add(node)
            todo += [f for f, _ in node.next_functions]
    return seen


torch.manual_seed(0)
net = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.ReLU(),
                    nn.Conv2d(8, 8, 3, padding=1), nn.ReLU(),
                    nn.Flatten(), nn.Linear(8 * 8 * 8, 10))
x, y = torch.randn(16, 3, 8, 8), torch.randint(0, 10, (16,))

# One step with the penalty, phase by phase.
xp = x.clone().requires_grad_()
with Cost() as forward:
    loss = F.cross_entropy(net(xp), y)
with Cost() as first:
    (g,) = torch.autograd.grad(loss, xp, create_graph=True)
total = loss + (g ** 2).sum()
with Cost() as second:
    total.backward()
print(f"conv kernels: forward {forward.convs}, grad(create_graph=True) "
      f"{first.convs}, total.backward() {second.convs}")
old = {n.name() for n in graph(loss)}
print(f"graph nodes: loss {len(graph(loss))}, "
      f"loss + penalty {len(graph(total))}; the new kinds of node:")
print(" ", ", ".join(sorted({n.name() for n in graph(total)} - old)))


def plain_step():
    F.cross_entropy(net(x), y).backward()


def penalty_step(k=16):
    # the penalty on the first k samples, which get a forward of their own
    xp = x[:k].clone().requires_grad_()
    out = net(xp) if k == 16 else torch.cat([net(xp), net(x[k:])])
    loss = F.cross_entropy(out, y)  # the whole batch's loss, as before
    (g,) = torch.autograd.grad(loss, xp, create_graph=True)
    (loss + (g ** 2).sum()).backward()
    return g


assert torch.equal(penalty_step(4), g[:4])  # the same 4 gradients
flops = {}
print(f"{'step':<24}{'conv kernels':>13}{'FLOPs':>11}{'x plain':>9}")
for label, step in [("plain", plain_step),
                    ("penalty, all 16 samples", penalty_step),
                    ("penalty on 4 of 16", lambda: penalty_step(4))]:
    with Cost() as c:
        step()
    flops[label] = c.flops
    print(f"{label:<24}{c.convs:>13}{c.flops:>11}"
          f"{c.flops / flops['plain']:>9.2f}")

with Cost() as every:  # four steps, the penalty on the last only
    for i in range(4):
        penalty_step() if i == 3 else plain_step()
ratio = flops["penalty, all 16 samples"] / flops["plain"]
print(f"4 steps, the penalty on one: {every.flops / flops['plain']:.2f} "
      f"plain steps' FLOPs (on all four: {4 * ratio:.2f})")

# Without create_graph=True, g is a constant: no graph back to the net.
xp = x.clone().requires_grad_()
(g,) = torch.autograd.grad(F.cross_entropy(net(xp), y), xp)
try:
    (g ** 2).sum().backward()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
