# "Can't call numpy() on Tensor that requires grad": NumPy would share the
# tensor's memory outside autograd, so torch asks you to detach first.
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
y = w * 3
try:
    y.numpy()
except RuntimeError as e:
    print("RuntimeError:", e)

a = y.detach().numpy()  # the same values, a constant for autograd
print("y.detach().numpy():", a)
a[0] = 0.0  # the array shares y's memory
print("after a[0] = 0:    ", y)
print("y.tolist():        ", y.tolist())  # Python numbers, always a copy
with torch.no_grad():
    z = w * 3  # made without recording: requires_grad is False
print("under no_grad:     ", z.numpy())
