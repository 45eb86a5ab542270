# out= and the trailing underscore: the schemas' (a!) annotation, what the
# call returns, and the three messages these variants produce most.
import warnings

import torch

for overload in (torch.ops.aten.add.Tensor, torch.ops.aten.add_.Tensor,
                 torch.ops.aten.add.out):
    print(overload._schema)

x, y = torch.ones(3), torch.ones(3)
out = torch.empty(3)
returned = torch.add(x, y, out=out)
print("out= returns the out tensor itself:", returned is out)
returned = x.add_(y)
print("add_ returns self:", returned is x, "| x is now", x)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    small = torch.empty(2)
    torch.add(x, y, out=small)
print("out= of the wrong shape is resized:", tuple(small.shape))
for warning in caught:
    print(f"  {warning.category.__name__}: {warning.message}".split(
        " This behavior")[0])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    no_elements = torch.empty(0)
    torch.add(x, y, out=no_elements)
print("out= with no elements is resized:", tuple(no_elements.shape),
      "| warnings:", len(caught))

for label, call in (
        ("out= of another dtype",
         lambda: torch.add(x, y, out=torch.empty(3, dtype=torch.long))),
        ("add_ on a leaf that requires grad",
         lambda: torch.ones(3, requires_grad=True).add_(1))):
    try:
        call()
    except RuntimeError as e:
        print(f"{label}:\n  RuntimeError: {e}")
leaf = torch.ones(3, requires_grad=True)
with torch.no_grad():
    leaf.add_(1)  # an update autograd does not record
print("add_ on that leaf under torch.no_grad():", leaf)
