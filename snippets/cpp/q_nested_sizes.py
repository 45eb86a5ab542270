# terminal: j1, j2 number the offsets tensors this process has seen
# "Internal error: NestedTensorImpl doesn't support sizes": a nested tensor
# of the default (strided) layout has no one size per dimension, so every
# call that asks for the whole size fails. The jagged layout has a size.
import warnings

import torch

torch.manual_seed(0)
pieces = [torch.randn(2, 4), torch.randn(3, 4)]

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    strided = torch.nested.nested_tensor(pieces)
print("warning:", str(caught[0].message).split(" (Triggered")[0])
print("strided:", strided.layout, type(strided).__name__,
      "dim", strided.dim(), "size(0)", strided.size(0))

calls = {
    ".shape": lambda t: tuple(t.shape),
    "len()": lambda t: len(t),
    ".stride()": lambda t: t.stride(),
    ".size(1)": lambda t: t.size(1),
    ".mean(dim=1)": lambda t: t.mean(dim=1).shape,
}
for name, call in calls.items():
    try:
        print(f"  {name}:", call(strided))
    except (RuntimeError, NotImplementedError) as e:
        first = str(e).split(" This could be")[0]  # the first sentence
        print(f"  {name}: {type(e).__name__}: {first}")

# the fix: build it with layout=torch.jagged (from the pieces, or from
# strided.unbind(): as_nested_tensor does not convert between layouts)
jagged = torch.nested.nested_tensor(pieces, layout=torch.jagged)
print("jagged:", jagged.layout, type(jagged).__name__)
for name, call in calls.items():
    print(f"  {name}:", call(jagged))
means = jagged.mean(dim=1)
assert all(torch.allclose(m, p.mean(0)) for m, p in zip(means, pieces))
again = torch.nested.nested_tensor(list(strided.unbind()),
                                   layout=torch.jagged)
print("from strided.unbind():", again.layout, again.shape)
try:
    torch.nested.as_nested_tensor(strided, layout=torch.jagged)
except RuntimeError as e:
    print(f"as_nested_tensor: {type(e).__name__}: {e}")
