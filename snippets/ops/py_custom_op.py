# An operator defined in Python: torch.library.custom_op turns a typed function
# into mylib::scaled_add, with a schema inferred from the annotations.
import torch
from torch import Tensor


@torch.library.custom_op("mylib::scaled_add", mutates_args=())
def scaled_add(x: Tensor, y: Tensor, alpha: float) -> Tensor:
    # must return a new tensor: it mutates nothing, aliases nothing
    return x + alpha * y


print("schema:", torch.ops.mylib.scaled_add.default._schema)
x, y = torch.ones(3), torch.arange(3.0)
print("scaled_add(x, y, 2.0):", scaled_add(x, y, 2.0))
print("torch.ops.mylib.scaled_add:", torch.ops.mylib.scaled_add(x, y, 2.0))


# An operator that writes into an argument names it in mutates_args: its schema
# marks it.
@torch.library.custom_op("mylib::scaled_add_", mutates_args=("x",))
def scaled_add_(x: Tensor, y: Tensor, alpha: float) -> None:
    x.add_(y, alpha=alpha)


print("schema:", torch.ops.mylib.scaled_add_.default._schema)
scaled_add_(x, y, 2.0)
print("x after scaled_add_:", x)
