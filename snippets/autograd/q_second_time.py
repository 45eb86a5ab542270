# "Trying to backward through the graph a second time": a backward frees
# what its graph saved, so a later backward that needs it fails.
import textwrap

import torch
from torch import nn

# Only a node whose saved tensors were freed fails: x + 1 saves none.
x = torch.ones(2, requires_grad=True)
y, z = x + 1, x * x  # x * x saves x, twice
for name, t in (("x + 1", y), ("x * x", z)):
    t.sum().backward()
    try:
        t.sum().backward()
        print(f"{name}: second backward ran")
    except RuntimeError as e:
        print(f"{name}: second backward: RuntimeError:", str(e)[:50], "...")

torch.manual_seed(0)
rnn = nn.RNNCell(3, 4)
xs = torch.randn(3, 2, 3)  # three steps of a batch of two
h = torch.zeros(2, 4)
for step, x in enumerate(xs):
    h = rnn(x, h)  # h keeps the graph of every step before
    try:
        h.pow(2).mean().backward()
        print(f"step {step}: backward ran")
    except RuntimeError as e:
        print(f"step {step}:", textwrap.fill(f"RuntimeError: {e}", 70,
                                             subsequent_indent="  "))
        break

h = torch.zeros(2, 4)
for step, x in enumerate(xs):
    h = rnn(x, h.detach())  # fix: the new step starts a new graph
    h.pow(2).mean().backward()
print("with h.detach(): all", len(xs), "steps ran")

# Two losses over one shared part: backward once, through their sum.
trunk, head_a, head_b = nn.Linear(3, 4), nn.Linear(4, 1), nn.Linear(4, 1)
feat = trunk(xs[0])
loss_a, loss_b = head_a(feat).mean(), head_b(feat).mean()
loss_a.backward()
try:
    loss_b.backward()  # trunk's part of the graph is already freed
except RuntimeError as e:
    print("second loss: RuntimeError:", str(e)[:50], "...")

trunk.zero_grad()
feat = trunk(xs[0])
(head_a(feat).mean() + head_b(feat).mean()).backward()
summed = trunk.weight.grad.clone()

trunk.zero_grad()
feat = trunk(xs[0])
loss_a = head_a(feat).mean()
loss_a.backward(retain_graph=True)  # keep it for a second one
head_b(feat).mean().backward()  # no retain_graph: this one frees it
print("retain_graph=True gives the sum's gradient:",
      torch.allclose(trunk.weight.grad, summed))
try:
    loss_a.backward()  # reaches trunk's node, freed by the last one
except RuntimeError as e:
    print("a third backward: RuntimeError:", str(e)[:50], "...")
