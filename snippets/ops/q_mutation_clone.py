# terminal: Inductor builds C++ code, with a compiler a kernel may lack
# The report's operator: it writes src reversed into dst. Called with a
# clone of x as src and x as dst, compiled by Inductor (the default backend).
import logging

import torch
from torch._inductor.utils import run_and_get_code

# A CUDA build of torch with no GPU warns when Inductor builds C++ code.
logging.getLogger("torch.utils.cpp_extension").setLevel(logging.ERROR)


@torch.library.custom_op("qm::reverse_into", mutates_args=("dst",))
def reverse_into(src: torch.Tensor, dst: torch.Tensor) -> None:
    n = src.shape[0]
    for k in range(n):
        dst[n - 1 - k] = src[k]


def f(x):
    y = x.clone()
    reverse_into(y, x)
    return x * 2.0


x_eager, x_aot, x_ind = torch.arange(8.0), torch.arange(8.0), torch.arange(8.0)
f(x_eager)
torch.compile(f, backend="aot_eager")(x_aot)
_, code = run_and_get_code(torch.compile(f), x_ind)
print("eager mode:", x_eager.tolist())
print("aot_eager: ", x_aot.tolist())
print("inductor:  ", x_ind.tolist())
print([line.strip() for line in code[0].splitlines()
       if "reverse_into.default(" in line])


# The fix: an operator that returns a new tensor, written into x by copy_.
@torch.library.custom_op("qm::reversed_copy", mutates_args=())
def reversed_copy(src: torch.Tensor) -> torch.Tensor:
    return src.flip(0)


@reversed_copy.register_fake
def _(src):
    return torch.empty_like(src)


def g(x):
    x.copy_(reversed_copy(x))
    return x * 2.0


x = torch.arange(8.0)
out = torch.compile(g)(x)
assert torch.equal(x, x_eager) and torch.equal(out, x_eager * 2)
print("fixed, inductor:", x.tolist())
