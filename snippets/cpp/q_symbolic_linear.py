# terminal: Inductor compiles C++ for the CPU, which a kernel may lack
# Inductor on the CPU, with freezing, replaces a Linear's matmul by a packed
# weight and a oneDNN or MKL operator. Which one, with a static and with a
# dynamic batch size, in torch 2.13.0; and aten.linear on fake tensors with
# symbolic sizes, the call in the report's traceback.
import logging
import re

import torch

# a CUDA build of torch without a GPU logs "No CUDA runtime is found" when
# Inductor imports cpp_extension: not shown here
logging.getLogger("torch.utils.cpp_extension").setLevel(logging.ERROR)
from torch._inductor import config
from torch._inductor.utils import run_and_get_code  # private
from torch._subclasses.fake_tensor import FakeTensorMode
from torch.fx.experimental.symbolic_shapes import ShapeEnv

torch.manual_seed(0)
model = torch.nn.Linear(16, 8).eval()
print("torch._C.has_mkl:", torch._C.has_mkl)
with config.patch(freezing=True), torch.no_grad():
    for dynamic in (False, True):
        torch._dynamo.reset()
        compiled = torch.compile(model, dynamic=dynamic)
        for batch in (4, 6):
            x = torch.randn(batch, 16)
            out, code = run_and_get_code(compiled, x)
            torch.testing.assert_close(out, model(x))  # eager's result
        called = sorted(set(re.findall(r"torch\.ops\.(mkl\w*\.\w+)",
                                       "\n".join(code))))
        print(f"dynamic={dynamic}: the generated code calls {called}")
torch._dynamo.reset()

mode = FakeTensorMode(shape_env=ShapeEnv())
x = mode.from_tensor(torch.randn(4, 16), static_shapes=False)
w, b = (mode.from_tensor(p.detach(), static_shapes=True)
        for p in (model.weight, model.bias))
with mode:
    y = torch.ops.aten.linear(x, w, b)
print("aten.linear on a", type(x).__name__, "of size", list(x.shape),
      "gives size", list(y.shape))
