# backward() on a tensor of more than one element needs to be told the
# gradient of what is being differentiated with respect to that tensor.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * x                          # three outputs
try:
    y.backward()
except RuntimeError as error:
    print("RuntimeError:", error)

y.sum().backward()                 # a scalar: d(sum)/dy = ones
print("y.sum().backward():           ", x.grad)
x.grad = None
y = x * x
y.backward(torch.ones_like(y))     # the same, said explicitly
print("y.backward(torch.ones_like(y)):", x.grad)
x.grad = None
y = x * x
y.backward(torch.tensor([1.0, 0.0, 0.5]))  # a weighted sum of outputs
print("y.backward([1, 0, 0.5]):      ", x.grad)
