# Tensor hooks: register_hook sees (and may replace) the gradient as it
# flows; register_post_accumulate_grad_hook sees the leaf after .grad is
# written.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
h = x * 3
h.register_hook(lambda g: print("hook on h gets", g) or g * 0.5)
x.register_hook(lambda g: print("hook on x gets", g))
(h * h).sum().backward()           # d/dh = 2h = [6, 12], halved by h's hook
print("x.grad:", x.grad)           # 3 * [3, 6]
assert torch.equal(x.grad, torch.tensor([9.0, 18.0]))

# An SGD step inside backward: each parameter is updated as soon as its
# gradient is complete, and its .grad freed at once.
torch.manual_seed(0)
model = torch.nn.Linear(2, 1)
before = [p.detach().clone() for p in model.parameters()]


def sgd_step(p, lr=0.1):
    with torch.no_grad():
        p -= lr * p.grad
    p.grad = None


for p in model.parameters():
    p.register_post_accumulate_grad_hook(sgd_step)
out = model(torch.ones(1, 2)).sum()
addmm = out.grad_fn.next_functions[0][0]   # bias + input @ weight.T
addmm.register_hook(lambda grads, _: print(
    addmm.name(), "returns at once:",
    [None if g is None else tuple(g.shape) for g in grads]))
out.backward()
print("changed:", [not torch.equal(b, p) for b, p in
                   zip(before, model.parameters())],
      "grads:", [p.grad for p in model.parameters()])
try:
    h.register_post_accumulate_grad_hook(sgd_step)
except RuntimeError as error:
    print("RuntimeError:", error)
