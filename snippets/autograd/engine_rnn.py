# A hidden state carried from one training step to the next keeps the
# previous step's graph, which the previous backward freed.
import textwrap

import torch
from torch import nn


def graph_size(node, seen=None):
    """How many nodes backward would walk from this one."""
    seen = set() if seen is None else seen
    if node is not None and node not in seen:
        seen.add(node)
        for child, _ in node.next_functions:
            graph_size(child, seen)
    return len(seen)


def train(carry, retain_graph=False):
    torch.manual_seed(0)
    cell = nn.RNNCell(3, 4)
    opt = torch.optim.SGD(cell.parameters(), lr=0.1)
    h = torch.zeros(2, 4)
    for step, x in enumerate(torch.randn(3, 2, 3)):
        h = cell(x, carry(h))
        loss = h.pow(2).mean()
        opt.zero_grad()
        try:
            loss.backward(retain_graph=retain_graph)
        except RuntimeError as error:
            print(textwrap.fill(f"step {step}: RuntimeError: {error}", 79))
            return
        opt.step()
        print(f"step {step}: loss {loss.item():.4f}, "
              f"graph of {graph_size(loss.grad_fn)} nodes")


print("carrying h:")
train(carry=lambda h: h)
print("carrying h, retain_graph=True:")
train(carry=lambda h: h, retain_graph=True)
print("h.detach() at each step:")
train(carry=lambda h: h.detach())


# Truncated backpropagation over k = 2 steps: add up the losses of the
# window, one backward() for the window, then detach h.
torch.manual_seed(0)
cell = nn.RNNCell(3, 4)
opt = torch.optim.SGD(cell.parameters(), lr=0.1)
h, loss = torch.zeros(2, 4), 0
print("a window of 2 steps, h.detach() after each:")
for step, x in enumerate(torch.randn(4, 2, 3)):
    h = cell(x, h)
    loss = loss + h.pow(2).mean()
    if step % 2 == 1:
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"steps {step - 1}-{step}: loss {loss.item():.4f}, "
              f"graph of {graph_size(loss.grad_fn)} nodes")
        h, loss = h.detach(), 0
