# When is nn.ReLU(inplace=True) safe? relu's backward needs only its output,
# so overwriting its input is fine unless something else still needs it.
import torch
from torch import nn

torch.manual_seed(0)
w = torch.randn(4, 4, requires_grad=True)
x = torch.randn(3, 4)

def grads(build):
    w.grad = None
    build().sum().backward()
    return w.grad.clone()

# 1. relu saves its result, not its input: the in-place form gives the same
#    gradient as the out-of-place one.
y = nn.ReLU(inplace=True)(x @ w)
saved = [n for n in dir(y.grad_fn) if n.startswith("_saved_")]
print("ReluBackward0 saves:", saved)
plain = grads(lambda: torch.relu(x @ w))
inplace = grads(lambda: nn.ReLU(inplace=True)(x @ w))
assert torch.equal(plain, inplace)
print("1. relu after a matmul: same gradient:", torch.equal(plain, inplace))
# The same on a clone of a leaf (pytorch/pytorch#1029's case):
on_clone = grads(lambda: torch.relu_(w.clone()))
assert torch.equal(on_clone, grads(lambda: torch.relu(w)))
print("   relu_ on w.clone(): same gradient as relu(w):",
      torch.equal(on_clone, grads(lambda: torch.relu(w))))

# Discarding an out-of-place result is not the same program: the loss is
# then taken before any relu (the 2017 report's second half did this).
w.grad = None
torch.relu(w)                     # its result is not used below
w.sum().backward()
print("   relu(w) result discarded: gradient all ones:",
      bool((w.grad == 1).all()), "| relu(w)'s gradient has zeros:",
      bool((grads(lambda: torch.relu(w)) == 0).any()))

# 2. An operation that saved relu's input: autograd raises at backward.
def sin_then_relu():
    h = x @ w
    s = h.sin()                      # SinBackward0 saves h
    return s + nn.ReLU(inplace=True)(h)
try:
    grads(sin_then_relu)
except RuntimeError as e:
    print("2. sin saved h, then relu_ changed it:")
    print("RuntimeError:", e)

# The same check catches a change of relu's saved output: out += identity
# after an in-place relu (relu before the sum instead of after it).
def relu_then_add():
    out = nn.ReLU(inplace=True)(x @ w)
    out += x                         # ReluBackward0 saved out
    return out
try:
    grads(relu_then_add)
except RuntimeError as e:
    print("   relu_ then out += x raises 'modified by an inplace':",
          "modified by an inplace operation" in str(e))

# 3. A residual that reuses the tensor relu overwrites: no error, and the
#    gradient differs, because the forward computes another function.
def residual(inplace):
    def f():
        h = x @ w
        return nn.ReLU(inplace=inplace)(h) + h   # h is relu(h) when inplace
    return f
out_plain = residual(False)().detach()
out_inplace = residual(True)().detach()
g_plain, g_inplace = grads(residual(False)), grads(residual(True))
print("3. residual h + relu(h): forward equal:",
      torch.equal(out_plain, out_inplace),
      "| gradient equal:", torch.equal(g_plain, g_inplace))
assert torch.equal(out_inplace, 2 * torch.relu(x @ w).detach())
g_double = grads(lambda: 2 * torch.relu(x @ w))
assert torch.equal(g_inplace, g_double)
print("   with inplace=True the output is 2 * relu(h):",
      torch.equal(out_inplace, 2 * torch.relu(x @ w).detach()),
      "| its gradient is that of 2 * relu(h):",
      torch.equal(g_inplace, g_double))

# 4. Why torchvision uses it: no new tensor. The in-place result is the input
#    tensor itself (same storage); the out-of-place one is a new allocation.
h = torch.randn(64, 256)
out = nn.ReLU(inplace=True)(h)
same = out.untyped_storage().data_ptr() == h.untyped_storage().data_ptr()
print("4. inplace: result is input:", out is h, "| same storage:", same)
h = torch.randn(64, 256)
out = nn.ReLU()(h)
print("   out-of-place: same storage:",
      out.untyped_storage().data_ptr() == h.untyped_storage().data_ptr(),
      "| new bytes:", out.untyped_storage().nbytes())
