# Why a trainable tensor's .grad is None after backward: six causes,
# each next to the fix that gives it a gradient.
import copy
import warnings

import torch
from torch import nn
from torch.func import functional_call

torch.manual_seed(0)
x = torch.randn(4, 3)


def show(label, t):
    grad = None if t.grad is None else [round(v, 3) for v in t.grad.tolist()]
    print(f"{label:<38} .grad = {grad}")


# 1. No backward has run yet: .grad starts as None.
w = torch.randn(3, requires_grad=True)
show("1 before backward", w)
try:
    w.grad.data
except AttributeError as e:
    print(f"  w.grad.data: AttributeError: {e}")
(x @ w).pow(2).mean().backward()
show("  after loss.backward()", w)

# 2. The tensor you hold is a copy made by an operation after
#    requires_grad=True: a non-leaf, whose .grad is not kept.
w = torch.randn(3, requires_grad=True).to(torch.float64)  # or .cuda()
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # "...not a leaf Tensor..."
    (x.double() @ w).pow(2).mean().backward()
    show(f"2 w.is_leaf={w.is_leaf} (made, then .to())", w)
w = torch.randn(3, dtype=torch.float64, requires_grad=True)  # fix
(x.double() @ w).pow(2).mean().backward()
show(f"  w.is_leaf={w.is_leaf} (made as float64)", w)
same = torch.randn(3, requires_grad=True)  # float32, on the CPU
print("  .to() to the dtype and device it has returns it:",
      same.to("cpu", torch.float32) is same)
lin = nn.Linear(3, 1).double()  # a module's parameters stay leaves
print(f"  nn.Linear(3, 1).double(): weight.is_leaf={lin.weight.is_leaf}")

# 3. The loss reaches it only through .detach(), .item() or NumPy.
w, b = torch.randn(3, requires_grad=True), torch.randn(3, requires_grad=True)
scale = w.detach().norm()  # a constant: not recorded
(x @ b * scale).pow(2).mean().backward()
show("3 used only through w.detach()", w)
(x @ b * w.norm()).pow(2).mean().backward()  # fix: use w itself
show("  used as w", w)

# 4. The loss does not use it at all (an unused branch or head).
net = nn.ModuleDict({"used": nn.Linear(3, 1), "unused": nn.Linear(3, 1)})
net["used"](x).pow(2).mean().backward()
show("4 unused head's bias", net["unused"].bias)
show("  used head's bias", net["used"].bias)
before = net["unused"].bias.detach().clone()
torch.optim.SGD(net.parameters(), lr=0.1).step()  # skips .grad None
print("  unused bias unchanged by opt.step():",
      torch.equal(before, net["unused"].bias))

# 5. It does not require grad (frozen, or made without requires_grad).
w = torch.randn(3)
print(f"5 requires_grad={w.requires_grad}: backward skips it, .grad None")

# 6. The loss was computed on a deep copy of the model (MAML-style
#    fast weights): the copy's parameters get the gradients.
model = nn.Linear(3, 1)
fast = copy.deepcopy(model)
fast(x).pow(2).mean().backward()
show("6 original after backward on a copy", model.bias)
show("  the copy", fast.bias)
# Fix: compute the fast weights from the originals, and run the model
# with them through torch.func.functional_call.
params = dict(model.named_parameters())
inner = functional_call(model, params, (x,)).pow(2).mean()
grads = torch.autograd.grad(inner, list(params.values()),
                            create_graph=True)
fast_w = {n: p - 0.1 * g for (n, p), g in zip(params.items(), grads)}
functional_call(model, fast_w, (x,)).pow(2).mean().backward()
show("  original, via functional_call", model.bias)
