# Every tensor carries a version counter; each in-place change bumps it.
import textwrap

import torch

x = torch.zeros(3)
print("new:", x._version)
with torch.inference_mode():
    t = torch.zeros(3)       # an inference tensor has no counter
try:
    t._version
except RuntimeError as error:
    print("an inference tensor: RuntimeError:", error)
x.add_(1)
x[0] = 5.0
x.copy_(torch.ones(3))
torch.mul(x, 2, out=x)
print("after add_, x[0] = ..., copy_, out=x:", x._version)

view = x[1:]                 # a view shares its base's counter
view.mul_(2)
print("after view.mul_(2): x", x._version, " view", view._version)
d = x.detach()               # detach() shares it too
d.zero_()
print("after x.detach().zero_():", x._version)
x.data.fill_(7.0)            # .data does not: no bump
print("after x.data.fill_(7):", x._version, x)

# So .data can change a saved tensor without autograd noticing
w = torch.tensor([0.0, 1.0], requires_grad=True)
y = torch.sin(w)             # saves w: dy/dw = cos(w)
w.data.mul_(2)               # w is now [0, 2], version unchanged
y.sum().backward()
print("w.grad:", w.grad, " cos of the values y was made from:",
      torch.cos(torch.tensor([0.0, 1.0])))

# Changed under no_grad, the tensor itself counts the change
w.grad = None
y = torch.sin(w)
with torch.no_grad():
    w.mul_(2)
print("under no_grad, w._version:", w._version)
try:
    y.sum().backward()
except RuntimeError as error:
    message = str(error).split(" Hint")[0]
    print(textwrap.fill(f"RuntimeError: {message}", 79))
