# custom_op does not run the Python body on tensors that have no data (meta
# tensors, and the fake tensors torch.compile traces with): without
# register_fake, the operator does not know what it returns. (Each script of
# this chapter uses a namespace of its own, fakedemo here, so that they can run
# in one process.)
import torch
from torch import Tensor


@torch.library.custom_op("fakedemo::scaled_add", mutates_args=())
def scaled_add(x: Tensor, y: Tensor, alpha: float) -> Tensor:
    return x + alpha * y


x, y = torch.ones(2, 3), torch.ones(2, 3)
try:
    scaled_add(x.to("meta"), y.to("meta"), 2.0)
except Exception as e:
    print(f"{type(e).__name__}: {str(e).splitlines()[0]}")

compiled = torch.compile(lambda x, y: scaled_add(x, y, 2.0).sin(),
                         backend="eager", fullgraph=True)
try:
    compiled(x, y)
except Exception as e:
    print(f"torch.compile: {type(e).__name__};",
          "its message says 'no fake impl registered':",
          "no fake impl registered" in str(e))


# The fix: a function that computes only the output's metadata (shape, dtype,
# device).
@scaled_add.register_fake
def _(x, y, alpha):
    return torch.empty_like(x)


print("on meta:", scaled_add(x.to("meta"), y.to("meta"), 2.0))
print("compiled:", compiled(x, y))
