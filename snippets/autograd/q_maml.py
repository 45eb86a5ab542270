# A MAML step on one weight w: an inner step w' = w - lr * dL_train/dw,
# then the outer loss L_val(w'). Its gradient with respect to w is
# dL_val/dw' * (1 - lr * d2L_train/dw2): the second factor needs the
# inner gradient to be differentiable, i.e. create_graph=True.
import torch

lr = 0.1


def losses(w):
    return (3 * w - 1) ** 2, (w - 2) ** 2  # L_train, L_val


for create_graph in (False, True):
    w = torch.tensor(1.0, requires_grad=True)
    train, _ = losses(w)
    g, = torch.autograd.grad(train, w, create_graph=create_graph)
    fast = w - lr * g  # the adapted weight
    _, val = losses(fast)
    val.backward()
    print(f"create_graph={create_graph!s:<5}: inner grad requires_grad="
          f"{g.requires_grad!s:<5} meta-gradient {w.grad.item():+.4f}")

# retain_graph=True instead: the inner gradient is still a constant.
w = torch.tensor(1.0, requires_grad=True)
train, _ = losses(w)
g, = torch.autograd.grad(train, w, retain_graph=True)
_, val = losses(w - lr * g)
val.backward()
print(f"retain_graph=True : inner grad requires_grad="
      f"{g.requires_grad!s:<5} meta-gradient {w.grad.item():+.4f}")

w = 1.0
fast = w - lr * 6 * (3 * w - 1)  # dL_train/dw = 6 (3w - 1)
first_order = 2 * (fast - 2)  # dL_val/dw'
print(f"by hand: first-order {first_order:+.4f},"
      f" full {first_order * (1 - lr * 18):+.4f}  (d2L_train/dw2 = 18)")
