# NotImplementedError with a nested tensor: which call, which operator, and
# what to do. A nested tensor carries the key NestedTensorCPU, and only the
# operators with a kernel for it accept it.
import copy
import traceback
import warnings

import torch
from torch.utils._python_dispatch import TorchDispatchMode

warnings.filterwarnings("ignore", category=UserWarning)
nt = torch.nested.nested_tensor([torch.ones(2, 3), torch.ones(4, 3)])
print("keys:", torch._C._dispatch_keys(nt))


class Ops(TorchDispatchMode):
    """Record the ATen operators a call reaches."""
    def __init__(self):
        super().__init__()
        self.seen = []

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        self.seen.append(str(func))
        return func(*args, **(kwargs or {}))


# a helper that copies its inputs (as test harnesses do) fails, not the
# operator under test: the traceback says where, the message which op
try:
    copy.deepcopy(nt)
except NotImplementedError as e:
    frames = traceback.extract_tb(e.__traceback__)[1:]
    print("copy.deepcopy:", str(e).split(". ")[0] + ".")
    print("  raised in:", " -> ".join(f"{f.name} ({f.filename.split('/')[-1]})"
                                      for f in frames))
with Ops() as ops:
    try:
        copy.deepcopy(nt)
    except NotImplementedError:
        pass
print("  operators reached:", ops.seen)

ops = ("clone", "detach", "new_empty", "sum", "mean.dim", "flip")
has = torch._C._dispatch_has_computed_kernel_for_dispatch_key
print("kernel for NestedTensorCPU:",
      *[f"{op} {has('aten::' + op, 'NestedTensorCPU')}" for op in ops])

# fixes: an operator it has (clone), its pieces (unbind), or padding
print("nt.clone():", nt.clone().is_nested)
pieces = [t.clone() for t in nt.unbind()]
print("unbind, copy each, nest again:",
      torch.nested.nested_tensor(pieces).is_nested,
      [tuple(t.shape) for t in pieces])
padded = torch.nested.to_padded_tensor(nt, 0.0)
print("to_padded_tensor, then sum:", tuple(padded.shape),
      padded.sum().item())
