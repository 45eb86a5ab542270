# torch.library.opcheck calls the operator on sample inputs and checks its
# registrations against each other: the schema, the fake impl, autograd, and
# torch.compile's tracing.
import torch
from torch import Tensor


@torch.library.custom_op("checkdemo::scaled_add", mutates_args=())
def scaled_add(x: Tensor, y: Tensor, alpha: float) -> Tensor:
    return x + alpha * y


@scaled_add.register_fake
def _(x, y, alpha):
    # wrong for 2-d inputs: it drops the other dimensions
    return x.new_empty(x.shape[0])


sample = (torch.rand(2, 3), torch.rand(2, 3), 2.0)
try:
    torch.library.opcheck(scaled_add, sample)
except Exception as e:
    test, _, cause = str(e).partition(" failed with ")
    print(type(e).__name__ + ":", test, "failed")
    print("  ", cause.split(": ", 1)[1].split(" (scroll")[0])


@scaled_add.register_fake
def _(x, y, alpha):
    # the fix: the output has x's shape, dtype and device
    return torch.empty_like(x)


# register_fake again: the first one is replaced
print(torch.library.opcheck(scaled_add, sample))
