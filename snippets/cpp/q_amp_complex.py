# GradScaler.step unscales every gradient with one kernel, whose dtype switch
# has no case for complex dtypes: a model with a complex parameter fails.
import torch


def train_step(param, make_complex):
    optimizer = torch.optim.SGD([param], lr=0.1)
    scaler = torch.amp.GradScaler("cpu", init_scale=1024.0)
    loss = (make_complex(param) * (1 - 2j)).real.sum()
    scaler.scale(loss).backward()
    scaler.step(optimizer)  # unscales the gradients, then steps
    scaler.update()


weights = torch.tensor([1 + 1j, 2 - 1j])
try:
    train_step(torch.nn.Parameter(weights.clone()), lambda p: p)
except RuntimeError as e:
    print("RuntimeError:", e)

# The fix: keep the parameter real, two floats per number, and view it as
# complex where the model uses it.
real = torch.nn.Parameter(torch.view_as_real(weights.clone()))
train_step(real, torch.view_as_complex)
print("parameter stored as", real.dtype, tuple(real.shape))
after = torch.view_as_complex(real.detach())
# d(loss)/d(re) = 1, d(loss)/d(im) = 2: the unscaled gradient, times lr
assert torch.allclose(after, weights - 0.1 * (1 + 2j))
print("after one step:", after)
