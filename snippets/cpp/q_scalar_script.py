# A TorchScript model called with its scales as a tensor. libtorch's
# Module::forward runs the model's method in the TorchScript interpreter,
# as a scripted module called from Python does: where the model turns a
# tensor into a number, a tensor of three values fails in item().
import warnings
from typing import List

import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)


class Pyramid(nn.Module):                # stand-in: one resize per scale
    def forward(self, img, scales):      # no annotations: both are Tensors
        h, w = img.shape[2], img.shape[3]
        out: List[torch.Tensor] = []
        for i in range(scales.size(0)):
            s = float(scales[i])
            out.append(F.interpolate(img, size=[int(h * s), int(w * s)]))
        return out


with warnings.catch_warnings():
    warnings.simplefilter("ignore")      # torch.jit.script is deprecated
    model = torch.jit.script(Pyramid())


def arguments(method):                   # its schema, without `self`
    return ", ".join(f"{a.name}: {a.type}"
                     for a in method.schema.arguments[1:])


print("forward(" + arguments(model.forward) + ") |",
      type(model.forward).__name__)
for kind in ("aten::Float", "aten::Int"):     # the graph's conversions
    for node in model.forward.graph.findAllNodes(kind):
        print("  node:", node.schema())

img = torch.rand(1, 3, 184, 320)
scales = [0.6, 0.4254, 0.2]              # the thread's std::vector<float>
batched = torch.tensor([scales])         # the same three values, shape [1, 3]
try:
    model(img, batched)
except RuntimeError as e:
    lines = str(e).strip().splitlines()
    here = next(i for i, line in enumerate(lines) if "<--- HERE" in line)
    print(f"scales of shape {list(batched.shape)}: "
          f"{type(e).__name__}: {lines[0]}")
    print("  the line marked in the model:", lines[here - 1].strip())
    print("  the message's last line:", lines[-1])

# the fix: torch::tensor(scales) of a std::vector<float> is 1-D, one
# element per value, as torch.tensor(scales) is here
fix = torch.tensor(scales)
out = model(img, fix)
assert [tuple(o.shape[2:]) for o in out] == [(110, 192), (78, 136),
                                             (36, 64)]
print(f"scales of shape {list(fix.shape)} ({fix.dtype}):",
      [tuple(o.shape[2:]) for o in out])


class PyramidList(nn.Module):            # or: say the scales are numbers
    def forward(self, img, scales: List[float]):
        h, w = img.shape[2], img.shape[3]
        return [F.interpolate(img, size=[int(h * s), int(w * s)])
                for s in scales]


with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    listed = torch.jit.script(PyramidList())
print("forward(" + arguments(listed.forward) + ")")
assert all(torch.equal(a, b) for a, b in zip(listed(img, scales), out))
print("listed(img, [0.6, 0.4254, 0.2]): the same three images")
