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

# the generated binding of torch._softmax has no default for it either
try:
    torch._softmax(x, -1)
except TypeError as e:
    print("torch._softmax(x, -1): TypeError:", e)
# keyword arguments work where the schema has them, dtype= included
print("torch.ops.aten.softmax.int(x, -1, dtype=torch.float64).dtype:",
      torch.ops.aten.softmax.int(x, -1, dtype=torch.float64).dtype)
# requires_grad= is not in any schema: the Python binding handles it
print("torch.empty(2, requires_grad=True).requires_grad:",
      torch.empty(2, requires_grad=True).requires_grad)
try:
    torch.ops.aten.empty.memory_format([2], requires_grad=True)
except RuntimeError as e:
    print("torch.ops.aten.empty.memory_format([2], requires_grad=True):")
    print(textwrap.fill("RuntimeError: " + str(e).split(". ")[0], 79,
                        initial_indent="  ", subsequent_indent="    "))

# listing the operators: dir(torch.ops.aten) has only the packets made so far
print("'_cast_Byte' in dir(torch.ops.aten):",
      "_cast_Byte" in dir(torch.ops.aten))
torch.ops.aten._cast_Byte  # the first lookup makes its packet
print("after torch.ops.aten._cast_Byte:", "_cast_Byte" in dir(torch.ops.aten))
names = torch._C._dispatch_get_all_op_names()  # every registered operator
print("'aten::_cast_Byte' in torch._C._dispatch_get_all_op_names():",
      "aten::_cast_Byte" in names)
print("all of them reachable by name:", all(
    hasattr(torch.ops.aten, n.removeprefix("aten::").split(".")[0])
    for n in names if n.startswith("aten::")))
