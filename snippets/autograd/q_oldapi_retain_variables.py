# loss.backward(retain_variables=True) on today's torch, and whether a training
# step with two losses on one shared trunk (as in LapSRN-style code) needs a
# retain.
import inspect
import textwrap

import torch
from torch import nn

print("Tensor.backward", inspect.signature(torch.Tensor.backward))


class Net(nn.Module):  # a stand-in: a x2 output, and a x4 output built on it
    def __init__(self):
        super().__init__()
        self.trunk = nn.Sequential(nn.Linear(4, 8), nn.ReLU())
        self.up2 = nn.Linear(8, 4)
        self.up4 = nn.Linear(4, 4)

    def forward(self, x):
        hr2 = self.up2(self.trunk(x))
        return hr2, self.up4(torch.relu(hr2))


torch.manual_seed(0)
model = Net()
x, label2, label4 = torch.randn(3, 4), torch.randn(3, 4), torch.randn(3, 4)


def losses():
    hr2, hr4 = model(x)
    return (hr2 - label2).abs().mean(), (hr4 - label4).abs().mean()


def grads():
    g = [p.grad.clone() for p in model.parameters()]
    model.zero_grad()
    return g


loss_x2, loss_x4 = losses()
try:
    loss_x2.backward(retain_variables=True)
except TypeError as e:
    print(f"{type(e).__name__}: {e}")

loss_x2.backward()        # no retain: frees what the shared trunk saved
try:
    loss_x4.backward()
except RuntimeError as e:
    print(textwrap.fill(f"without a retain: {type(e).__name__}: {e}", 79))
model.zero_grad()

loss_x2, loss_x4 = losses()
loss_x2.backward(retain_graph=True)   # the rename: retain_graph
loss_x4.backward()
two_passes = grads()

loss_x2, loss_x4 = losses()
(loss_x2 + loss_x4).backward()        # one pass, nothing retained
one_pass = grads()
assert all(torch.allclose(a, b) for a, b in zip(two_passes, one_pass))
print("retain_graph=True, then loss_x4.backward(): ok")
print("(loss_x2 + loss_x4).backward(): same gradients (allclose): True"
      " | bit-for-bit (torch.equal):",
      all(torch.equal(a, b) for a, b in zip(two_passes, one_pass)))

# A new graph each iteration: nothing to retain from one step to the next.
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for step in range(3):
    loss_x2, loss_x4 = losses()
    opt.zero_grad()
    (loss_x2 + loss_x4).backward()
    opt.step()
    print(f"step {step}: loss {(loss_x2 + loss_x4).item():.4f}")
