# IGOS++'s line search narrows a boolean mask of the masks still searching
# with indices[indices] = <condition>: `indices` is both the tensor written
# to and the index it is written through. The same lines, on small tensors.
import runpy

import torch

raised = runpy.run_path("snippets/cpp/cpp_stack.py")["raised"]

torch.manual_seed(0)
n = 6
base_losses, t = torch.rand(n), -0.1 * torch.rand(n)
alphas = torch.tensor([8., 8., 8., 1e-6, 8., 8.])
indices = torch.ones(n, dtype=torch.bool)
indices[[1, 4]] = False                  # two masks are done already
losses = torch.rand(int(indices.sum()))  # one loss per mask still searching
condition = losses > base_losses[indices] + alphas[indices] * t[indices]
print("indices:", indices.tolist(), "| condition:", condition.tolist())
try:
    indices[indices] = condition
except RuntimeError as e:
    print(f"indices[indices] = condition: RuntimeError: {e}")

# an elementwise in-place op may read the memory it writes, element by
# element; the same memory one element off is refused; one value written
# through the mask is masked_fill_, which runs
x = torch.arange(5.)
x.add_(x)
print("x.add_(x):", x.tolist())
try:
    x[1:].add_(x[:-1])
except RuntimeError as e:
    print(f"x[1:].add_(x[:-1]): RuntimeError: {str(e)[:60]}...")
mask = torch.tensor([True, False, True])
mask[mask] = False
print("mask[mask] = False:", mask.tolist())

# the C++ frames, from a fresh Python with TORCH_SHOW_CPP_STACKTRACES=1
probe = """
import torch
m = torch.tensor([True, False, True])
x = torch.arange(5.)
for call in (lambda: m.__setitem__(m, torch.tensor([False, True])),
             lambda: x[1:].add_(x[:-1])):
    try:
        call()
    except RuntimeError as e:
        print(e)
"""
for label, (func, where, frames) in zip(("m[m] = tensor",
                                        "x[1:].add_(x[:-1])"), raised(probe)):
    caller = next(f for f in frames if f.startswith(
        ("at::native::", "at::TensorIteratorBase::")))
    print(f"{label}: raised from {func} at {where}, called by {caller}")

# what the line means: each True of `indices` takes the next condition
rest = iter(condition.tolist())
expected = torch.tensor([next(rest) if m else m for m in indices.tolist()])

# the fixes: index through a copy of the mask (the thread's), or write the
# new mask into a copy
fixed = indices.clone()
fixed[fixed.clone()] = condition
apart = indices.clone()
apart[indices] = condition
assert torch.equal(fixed, expected) and torch.equal(apart, expected)
print("indices[indices.clone()] = condition:", fixed.tolist())

# the search's next line has the same pattern, with *=
step = fixed.clone()
try:
    step[step] *= alphas[step] >= 0.00001
except RuntimeError as e:
    print(f"indices[indices] *= ...: RuntimeError: {str(e)[:60]}...")
step[step.clone()] *= alphas[step] >= 0.00001
assert torch.equal(step, fixed & (alphas >= 0.00001))
print("indices[indices.clone()] *= alphas[...] >= 0.00001:", step.tolist())
