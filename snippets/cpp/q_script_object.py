# "NotImplementedError: '__truediv__' is not implemented for ..." (older
# torch: "'%s' is not implemented for %s"): an operator on an object of a
# C++ custom class (torch::class_), which Python sees as torch.ScriptObject.
import warnings

import torch

warnings.filterwarnings("ignore", category=UserWarning)
w = torch.quantize_per_tensor(torch.ones(3, 2), 0.1, 0, torch.qint8)
packed = torch.ops.quantized.linear_prepack(w, None)  # a custom-class object
print(type(packed).__name__, packed._type().qualified_name())
for expr in ("packed / torch.ones(2)", "packed + 1", "len(packed)",
             "packed[0]"):
    try:
        eval(expr)
    except NotImplementedError as e:
        print(f"{expr}: NotImplementedError: {e}")
# what the class does define: call those, or take a tensor out first
print("methods:", packed._method_names())
weight, bias = packed.unpack()
print("unpack() gives tensors:", weight.dtype, tuple(weight.shape), bias,
      "| weight.dequantize() / 2:", (weight.dequantize() / 2)[0].tolist())
