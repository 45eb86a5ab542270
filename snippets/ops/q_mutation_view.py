# terminal: Inductor builds C++ code, with a compiler a kernel may lack
# The report's operator writes into x[0], a view of the compiled function's
# input. Does Inductor's code copy x[0] into a new buffer and back?
import logging

import torch
from torch._inductor.utils import run_and_get_code

# A CUDA build of torch with no GPU warns when Inductor builds C++ code.
logging.getLogger("torch.utils.cpp_extension").setLevel(logging.ERROR)


@torch.library.custom_op("qm::sin_", mutates_args={"x"})
def sin_(x: torch.Tensor) -> None:
    x.sin_()


def f(x):
    sin_(x[0])


torch.manual_seed(0)
x = torch.randn(2)
expected = x.clone()
expected[0] = expected[0].sin()
_, code = run_and_get_code(torch.compile(f, fullgraph=True), x)
assert torch.equal(x, expected)
call = code[0][code[0].index("def call("):]
call = call[:call.index("return")]  # the body of the generated call()
print([line.strip() for line in call.splitlines() if "sin_" in line])
print("new buffers:", call.count("empty_strided"),
      "| fused C++ kernels:", call.count("cpp_fused"))
print("x[0] written, x[1] unchanged: as in eager mode")
