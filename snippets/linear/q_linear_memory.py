# How much memory nn.Linear(300*2*300, 1500) takes, and what training adds:
# that layer is built on the meta device, which records shapes and dtypes
# but allocates no memory, so its sizes are counted, not allocated.
import torch
from torch import nn


def nbytes(tensors):
    return sum(t.numel() * t.element_size() for t in tensors)


def show(what, n):
    size = f"{n / 2**30:.2f} GiB" if n >= 2**30 else f"{n / 2**20:.2f} MiB"
    print(f"{what}: {n:,} bytes = {size}")


fc = nn.Linear(300 * 2 * 300, 1500, device="meta")  # the thread's layer
params = list(fc.parameters())
print(f"parameters: {sum(p.numel() for p in params):,} "
      f"of {fc.weight.dtype}")
show("weight + bias", nbytes(params))

for p in params:  # what backward() leaves: one .grad per parameter
    p.grad = torch.zeros_like(p)
show("their gradients", nbytes(p.grad for p in params))

for name, kw in [("SGD", {}), ("SGD, momentum=0.9", {"momentum": 0.9}),
                 ("Adam", None)]:
    opt = (torch.optim.Adam(params) if kw is None
           else torch.optim.SGD(params, lr=0.1, **kw))
    opt.step()  # an optimizer creates its state at its first step
    state = {k: t for p in params for k, t in opt.state[p].items()
             if torch.is_tensor(t) and t.device.type == "meta"}
    state_bytes = nbytes(t for p in params for t in opt.state[p].values()
                         if torch.is_tensor(t) and t.device.type == "meta")
    show(f"{name} state {sorted(state)}", state_bytes)
show("weights + gradients + Adam state", 2 * nbytes(params) + state_bytes)

# Activations: what the layer saves for backward, for one batch of 32.
saved = []
x = torch.empty(32, 300 * 2 * 300, device="meta", requires_grad=True)
with torch.autograd.graph.saved_tensors_hooks(
        lambda t: saved.append(t) or t, lambda t: t):
    fc(x)
for t in saved:
    kind = ("the input itself" if t is x else
            "a view of the weight" if t._base is fc.weight else "other")
    print("saved for backward:", tuple(t.shape), "->", kind)
show("the input, one forward pass", nbytes([x]))
show("the input, both Siamese branches", 2 * nbytes([x]))

# The fix: pool the LSTM's 300 time steps away before the first Linear.
head = nn.Sequential(nn.AdaptiveMaxPool1d(1), nn.Flatten(),
                     nn.Linear(2 * 300, 1500), nn.Sigmoid(),
                     nn.Linear(1500, 100), nn.Sigmoid())
show("pooled first layer, Linear(600, 1500)", nbytes(head[2].parameters()))
torch.manual_seed(0)
for steps in (300, 50):
    lstm_out = torch.randn(4, steps, 600)  # (batch, steps, 2 * hidden)
    out = head(lstm_out.transpose(1, 2))  # the pool wants (batch, 600, steps)
    print(f"LSTM output of {steps} steps -> head output", tuple(out.shape))
assert fc.in_features == 300 * head[2].in_features
