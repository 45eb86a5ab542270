# Gradient accumulation over k micro-batches, against multiplying one
# micro-batch's loss by k, and against scaling the accumulated gradient.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
x, y = torch.randn(8, 3), torch.randn(8, 1)
k = 4                                       # micro-batches of 2 samples
micro = list(zip(x.chunk(k), y.chunk(k)))


def grad_of(losses):                        # one backward per loss
    model.zero_grad()
    for loss in losses:
        loss().backward()                   # adds into .grad
    return model.weight.grad.clone()


def loss_on(xb, yb):
    return lambda: F.mse_loss(model(xb), yb)


g_batch = grad_of([loss_on(x, y)])          # the whole batch at once
g_accum = grad_of([lambda xb=xb, yb=yb: loss_on(xb, yb)() / k
                   for xb, yb in micro])
g_one_k = grad_of([lambda: loss_on(*micro[0])() * k])
g_one = grad_of([loss_on(*micro[0])])
print("k backward passes of loss / k == whole batch:",
      torch.allclose(g_accum, g_batch))
print("one micro-batch's loss * k    == whole batch:",
      torch.allclose(g_one_k, g_batch))
print("one micro-batch's loss * k    == k * its own gradient:",
      torch.allclose(g_one_k, k * g_one))


def after_steps(make_opt, scale):           # 3 steps on the whole batch
    torch.manual_seed(0)
    m = nn.Linear(3, 1)
    opt = make_opt(m.parameters())
    for _ in range(3):
        opt.zero_grad()
        (F.mse_loss(m(x), y) * scale).backward()
        opt.step()
    return m.weight.detach()


for name, make_opt in [("SGD", lambda p: torch.optim.SGD(p, lr=0.01)),
                       ("Adam", lambda p: torch.optim.Adam(p, lr=0.01))]:
    same = torch.allclose(after_steps(make_opt, 1), after_steps(make_opt, k),
                          atol=1e-6)
    print(f"{name}: gradient * {k} gives the same weights: {same}")
