# An empty batch, shape (0, 100), through nn.Linear(100, 1): forward and
# backward, with and without a bias, on the CPU.
import torch
from torch import nn

torch.manual_seed(0)
for bias in (True, False):
    lin = nn.Linear(100, 1, bias=bias)
    x = torch.randn(0, 100, requires_grad=True)
    y = lin(x)
    y.sum().backward()
    print(f"bias={bias}: output {tuple(y.shape)} via",
          type(y.grad_fn).__name__, "| grads: input", tuple(x.grad.shape),
          "weight", tuple(lin.weight.grad.shape),
          "all zero:", bool((lin.weight.grad == 0).all()))
    assert y.shape == (0, 1)

# What an empty batch does to a loss that averages over the batch:
lin = nn.Linear(100, 1)
loss = nn.functional.mse_loss(lin(torch.randn(0, 100)), torch.zeros(0, 1))
print("mean loss over 0 samples:", loss)
loss.backward()
print("weight grad from it all zero:", bool((lin.weight.grad == 0).all()))

# A guard for code that must also run where empty batches fail, or where
# a nan loss would be logged: skip the step when there is nothing in it.
def train_step(model, x, target):
    if x.shape[0] == 0:
        return None  # nothing to learn from
    return nn.functional.mse_loss(model(x), target)


print("guarded, empty batch:", train_step(lin, torch.randn(0, 100),
                                          torch.zeros(0, 1)))
