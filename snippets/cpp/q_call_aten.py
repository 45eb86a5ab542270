# Calling an ATen operator by its dispatcher name, torch.ops.aten.<op>: the
# ops below the Python API, with all their outputs.
import textwrap

import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(2, 4)
out, mean, rstd = torch.ops.aten.native_layer_norm(x, [4], None, None, 1e-5)
print("native_layer_norm returns:", [tuple(t.shape) for t in
                                     (out, mean, rstd)])
print("  its output is F.layer_norm's:", torch.equal(out,
                                                  F.layer_norm(x, (4,))))
print("  rstd is 1/sqrt(var + eps):", torch.allclose(
    rstd, (x.var(-1, unbiased=False, keepdim=True) + 1e-5).rsqrt()))
y = torch.ops.aten._softmax(x, -1, False)
print("aten._softmax is F.softmax:", torch.equal(y, F.softmax(x, -1)))
try:  # schemas are strict: no defaults where the schema has none
    torch.ops.aten._softmax(x, -1)
except RuntimeError as e:
    print("RuntimeError, the whole message (wrapped):")
    for line in str(e).strip().splitlines():
        print(textwrap.fill(line, 79, initial_indent="  ",
                            subsequent_indent="    ") if line else "")
