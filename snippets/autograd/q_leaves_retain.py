# Keeping the gradient of a non-leaf such as a sigmoid output:
# retain_grad() or a tensor hook, not requires_grad = True.
import torch

torch.manual_seed(0)
x = torch.randn(3, requires_grad=True)
s = torch.sigmoid(x)
print("s: is_leaf", s.is_leaf, "| requires_grad", s.requires_grad)
try:
    s.requires_grad = True  # refused even though it is already True
except RuntimeError as e:
    print(f"{type(e).__name__}: {str(e).split('.')[0]}")

# Fix 1: s already requires grad, so ask autograd to keep its gradient.
s.retain_grad()
(s * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print("s.grad", s.grad)

# Fix 2: a hook receives the same gradient without keeping it on s.
seen = []
s2 = torch.sigmoid(x)
s2.register_hook(lambda g: seen.append(g.clone()))
(s2 * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print("hook got", seen[0])

# When the input does not require grad, s does not either, and
# retain_grad() is refused: there is no gradient to keep.
p = torch.sigmoid(torch.randn(3))
try:
    p.retain_grad()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
# Such an s is a leaf: requires_grad_() makes it one autograd fills.
print("p: is_leaf", p.is_leaf, "| grad_fn", p.grad_fn)
p.requires_grad_()
(p * 2).sum().backward()
print("p.grad", p.grad)
