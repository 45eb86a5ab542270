# What an optimizer accepts: any leaf tensor, frozen or not; a tensor that
# is the result of an operation (not a leaf) is refused, unless its .grad is
# kept with retain_grad() or the optimizer is built with differentiable=True.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 1))
model[0].requires_grad_(False)                      # frozen first layer

# Frozen parameters are accepted; step() skips them, since .grad stays None.
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
before = model[0].weight.clone()
model(torch.ones(1, 2)).sum().backward()
optimizer.step()
print("frozen layer accepted, unchanged:",
      torch.equal(before, model[0].weight),
      "| its grad:", model[0].weight.grad)

# The filter that older releases required still works, and leaves them out.
trainable = [p for p in model.parameters() if p.requires_grad]
print("trainable tensors:", len(trainable),
      "of", len(list(model.parameters())))

# A tensor made by an operation is not a leaf: the optimizer refuses it.
w = torch.randn(3, requires_grad=True).to(torch.float64)  # .to(): an operation
moved = torch.randn(3, requires_grad=True).to("meta")     # a device, likewise
print("leaf:", w.is_leaf, "| grad_fn:", type(w.grad_fn).__name__,
      "| moved to a device, leaf:", moved.is_leaf)
try:
    torch.optim.SGD([w], lr=0.1)
except ValueError as e:
    print("ValueError:", e)

# Accepted only where its .grad is filled: after retain_grad(), or by an
# optimizer built with differentiable=True (it optimises through the step).
kept = torch.randn(3, requires_grad=True).to(torch.float64)
kept.retain_grad()
torch.optim.SGD([kept], lr=0.1)
through = torch.randn(3, requires_grad=True).to(torch.float64)
torch.optim.SGD([through], lr=0.1, differentiable=True)
print("accepted: retains_grad", kept.retains_grad, "| differentiable=True,",
      "leaf:", through.is_leaf)

# The fix: make the tensor you optimise a leaf, converted first.
w = torch.randn(3, dtype=torch.float64, requires_grad=True)  # or:
v = torch.randn(3).to(torch.float64).requires_grad_()  # convert, then flag
p = nn.Parameter(torch.randn(3).to(torch.float64))  # or wrap
print("leaves:", w.is_leaf, v.is_leaf, p.is_leaf)
optimizer = torch.optim.SGD([w, v, p], lr=0.1)  # accepted
