# IterNorm registers its running whitening matrix as
# torch.eye(n).expand(g, n, n): g matrices that are one matrix in memory.
# Its in-place update would write g different values into each location.
import io
import runpy

import torch
from torch import nn

raised = runpy.run_path("snippets/cpp/cpp_stack.py")["raised"]

torch.manual_seed(0)
g, n, momentum = 2, 3, 0.1


class Whitening(nn.Module):              # stand-in: IterNorm's buffer
    def __init__(self, clone):
        super().__init__()
        wm = torch.eye(n).expand(g, n, n)
        self.register_buffer("running_wm", wm.clone() if clone else wm)

    def update(self, wm):                # what its forward does in training
        self.running_wm.copy_(momentum * wm + (1. - momentum) *
                              self.running_wm)


def describe(label, t):
    stored = t.untyped_storage().nbytes() // t.element_size()
    print(f"{label}: stride {t.stride()}, {stored} floats in memory for "
          f"{t.numel()} elements, has_internal_overlap "
          f"{torch._debug_has_internal_overlap(t)}")


old = Whitening(clone=False)
describe("expanded", old.running_wm)
wm = torch.randn(g, n, n)
try:
    old.update(wm)
except RuntimeError as e:
    print(f"RuntimeError: {e}")

# the C++ frames, from a fresh Python with TORCH_SHOW_CPP_STACKTRACES=1
probe = """
import torch
try:
    torch.eye(3).expand(2, 3, 3).copy_(torch.randn(2, 3, 3))
except RuntimeError as e:
    print(e)
"""
(func, where, frames), = raised(probe)
callers = [f for f in frames if f.startswith(
    ("at::native::", "at::TensorIteratorBase::"))]
print(f"raised from {func} at {where}, called by", " <- ".join(callers))

# the fix: clone() gives each of the g matrices memory of its own
new = Whitening(clone=True)
describe("cloned", new.running_wm)
new.update(wm)
expected = momentum * wm + (1. - momentum) * torch.eye(n)
assert torch.allclose(new.running_wm, expected)
print("update: running_wm == 0.1 * wm + 0.9 * eye, matrix by matrix:",
      torch.allclose(new.running_wm, expected))
checkpoint = io.BytesIO()                # an old checkpoint, saved expanded
torch.save(Whitening(clone=False).state_dict(), checkpoint)
checkpoint.seek(0)
state = torch.load(checkpoint)
new.load_state_dict(state)
assert torch.equal(new.running_wm, torch.eye(n).expand(g, n, n))
print(f"load_state_dict of a checkpoint whose buffer has stride "
      f"{state['running_wm'].stride()} into the cloned one: loads, stride "
      f"{new.running_wm.stride()}")

# overlap without a zero stride is "too hard" to prove: the write goes
# through, and the elements that share memory get the addition twice
memory = torch.zeros(4)
a = memory.as_strided((3, 2), (1, 1))    # rows [0, 1], [1, 2], [2, 3]
print("as_strided((3, 2), (1, 1)): has_internal_overlap",
      torch._debug_has_internal_overlap(a), end="")
a.add_(1)
print(" | after a.add_(1) its memory holds", memory.tolist())
