# Where a tensor becomes one number, and which check stops a tensor of three:
# Python's float() and int(), .item(), and an argument parsed as a Number.
import runpy

import torch

raised = runpy.run_path("snippets/cpp/cpp_stack.py")["raised"]

t = torch.tensor([0.6, 0.4254, 0.2])
for label, call in (("float(t)", lambda: float(t)),
                    ("int(t)", lambda: int(t)),
                    ("t.item()", lambda: t.item()),
                    ("torch.full((2,), t)", lambda: torch.full((2,), t))):
    try:
        call()
    except (ValueError, RuntimeError, TypeError) as e:
        print(f"{label:20} {type(e).__name__}: {e}")

# The C++ function that raised each, as a fresh Python reports it with
# TORCH_SHOW_CPP_STACKTRACES=1 (path from the repository's root)
probe = """
import torch
t = torch.tensor([0.6, 0.4254, 0.2])
for call in (lambda: float(t), lambda: t.item(),
             lambda: torch.full((2,), t)):
    try:
        call()
    except Exception as e:
        print(e)
"""
labels = ("float(t)", "t.item()", "torch.full")
for label, (func, where, _) in zip(labels, raised(probe)):
    print(f"{label:10} raised from {func} at {where}")

# one element, any number of dimensions, is one number; a Number argument
# takes a tensor only with no dimensions, and none that requires grad
one = torch.tensor([[0.6]])
print("float(tensor([[0.6]])):", round(float(one), 4),
      "| .item():", round(one.item(), 4))
for arg in (torch.tensor(0.6), torch.tensor([0.6]),
            torch.tensor(0.6, requires_grad=True)):
    label = f"torch.full((2,), {arg.dim()}-d tensor" + (
        ", requires_grad)" if arg.requires_grad else ")")
    try:
        full = torch.full((2,), arg)
        print(f"{label}:", [round(v, 4) for v in full.tolist()])
    except TypeError as e:
        print(f"{label}: {type(e).__name__}: {e}")

# the fix: one number at a time, or all of them as a list
assert [round(float(s), 4) for s in t] == [0.6, 0.4254, 0.2]
print("[float(s) for s in t]:", [round(float(s), 4) for s in t],
      "| t.tolist():", [round(v, 4) for v in t.tolist()])
