# inputs.requires_grad_() in a training step: the weights' gradients
# and the update are the same; backward only computes one more gradient.
import torch
import torch.nn.functional as F
from torch import nn
from torch.utils._python_dispatch import TorchDispatchMode


class CountMatmuls(TorchDispatchMode):      # counts the products run
    def __init__(self):
        super().__init__()
        self.mm = 0

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        self.mm += func in (torch.ops.aten.mm.default,
                            torch.ops.aten.addmm.default)
        return func(*args, **(kwargs or {}))


def step(input_requires_grad):
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    x, y = torch.randn(16, 4), torch.randint(0, 2, (16,))
    if input_requires_grad:
        x.requires_grad_()
    loss = F.cross_entropy(model(x), y)
    with CountMatmuls() as count:
        loss.backward()
    grads = [p.grad.clone() for p in model.parameters()]
    opt.step()
    shape = None if x.grad is None else tuple(x.grad.shape)
    print(f"x.requires_grad={input_requires_grad!s:<5}: products in backward "
          f"{count.mm}, x.grad {shape}")
    return grads, [p.detach().clone() for p in model.parameters()]


grads_off, weights_off = step(False)
grads_on, weights_on = step(True)
assert all(torch.equal(a, b) for a, b in zip(grads_off, grads_on))
assert all(torch.equal(a, b) for a, b in zip(weights_off, weights_on))
print("same weight gradients and same weights after the step: True")
