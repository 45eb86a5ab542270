# torch.kl_div is the binding generated from ATen's schema, which takes the
# reduction as an int; F.kl_div is a Python function with the loss-style
# arguments, which turns the reduction's name into that int and calls it.
import inspect
import warnings
from pathlib import Path

import torch
import torch.nn.functional as F
import torchgen
from torch.nn import _reduction

torch.manual_seed(0)
a = torch.randn(2, 3).log_softmax(-1)   # log-probabilities
b = torch.randn(2, 3).log_softmax(-1)   # a target given as logs too


def warned(call):
    """The call's result, and the first sentence of each warning it gave."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = call()
    return result, [f"{type(w.message).__name__}: "
                    f"{str(w.message).split('.')[0]}" for w in caught]


# positionally, None is size_average and 'mean' is reduce
loss, said = warned(lambda: F.kl_div(a, b, None, "mean", log_target=True))
print("F.kl_div(a, b, None, 'mean', log_target=True):", loss)
print("  warned:", said)
try:
    torch.kl_div(a, b, None, "mean", log_target=True)
except TypeError as e:
    print(f"torch.kl_div(a, b, None, 'mean', log_target=True):\n"
          f"  {type(e).__name__}: {e}")

print("F.kl_div", inspect.signature(F.kl_div))
yaml = (Path(torchgen.__file__).parent
        / "packaged/ATen/native/native_functions.yaml").read_text()
number, entry = next((n, text) for n, text in enumerate(yaml.splitlines(), 1)
                     if text.startswith("- func: kl_div("))
print(f"native_functions.yaml line {number}: {entry}")
print("torch.ops.aten.kl_div:", torch.ops.aten.kl_div.default._schema)
stub = (Path(torch.__file__).parent / "_C/_VariableFunctions.pyi").read_text()
start = stub.index("def kl_div(")
print("the installed stub:", " ".join(
    stub[start:stub.index("...", start) + 3].split()),
      "| torch.kl_div.__doc__:", torch.kl_div.__doc__)
print("torch.kl_div is torch._C._VariableFunctions.kl_div:",
      torch.kl_div is torch._C._VariableFunctions.kl_div,
      "| torch._VF.kl_div is torch.kl_div:", torch._VF.kl_div is torch.kl_div)
left_out = torch.kl_div(a, b, log_target=True)          # no reduction given
through_ops = torch.ops.aten.kl_div(a, b, log_target=True)
print("reduction left out: torch.kl_div's result has shape",
      tuple(left_out.shape), "| torch.ops.aten.kl_div's",
      tuple(through_ops.shape))
assert torch.equal(left_out, torch.kl_div(a, b, 0, log_target=True))

mean = _reduction.get_enum("mean")      # what F.kl_div passes for 'mean'
print("_Reduction.get_enum('mean'):", mean)
fixed = torch.kl_div(a, b, reduction=mean, log_target=True)
print("torch.kl_div(a, b, reduction=1, log_target=True):", fixed)
assert torch.equal(fixed, loss)
assert torch.equal(torch.kl_div(a, b, mean, log_target=True), loss)

batch, said = warned(lambda: F.kl_div(a, b, reduction="batchmean",
                                      log_target=True))
print("F.kl_div(a, b, reduction='batchmean', log_target=True):", batch,
      "| warned:", said)
assert torch.allclose(batch, loss * 3)  # sum / batch of 2, not / 6 values
