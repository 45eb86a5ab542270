# "Could not run 'aten::_weight_int4pack_mm' with arguments from the 'CPU'
# backend": ATen operators whose kernels are for GPUs only, reached with
# CPU tensors; their CPU counterparts are other operators.
import os

import torch
import torch.nn.functional as F
import torchgen

yaml = os.path.join(os.path.dirname(torchgen.__file__), "packaged", "ATen",
                    "native", "native_functions.yaml")
lines = open(yaml, encoding="utf-8").read().splitlines()
for name in ("_weight_int4pack_mm", "_weight_int4pack_mm_for_cpu"):
    start = lines.index(next(line for line in lines
                             if line.startswith(f"- func: {name}(")))
    print("\n".join(lines[start:lines.index("", start)]))


def first_sentence(call):
    try:
        call()
    except NotImplementedError as e:
        return str(e).split(". ")[0] + "."


torch.manual_seed(0)
N, K, GROUP = 16, 64, 32
w = torch.randint(0, 16, (N, K), dtype=torch.int32)  # 4-bit values, 0..15
scales_zeros = torch.zeros(K // GROUP, N, 2)
scales_zeros[..., 0], scales_zeros[..., 1] = 1.0, 8.0  # scale 1, zero 8
x = torch.randn(2, K)
print("_weight_int4pack_mm, CPU:", first_sentence(
    lambda: torch.ops.aten._weight_int4pack_mm(
        x, w, GROUP, scales_zeros)))

# the fix: the CPU pair of operators, packing and multiplying
packed = torch.ops.aten._convert_weight_to_int4pack_for_cpu(w, 2)
out = torch.ops.aten._weight_int4pack_mm_for_cpu(
    x.bfloat16(), packed, GROUP, scales_zeros.bfloat16())
assert torch.allclose(out.float(), x @ w.float().T, atol=0.5, rtol=0.05)
print("_for_cpu pair:", tuple(out.shape), out.dtype, "| close to x @ w.T")

# the same for attention: a flash kernel called directly, and the public
# function, which picks a kernel the device has
q = torch.randn(1, 2, 4, 8)
print("flash attention kernel, CPU:", first_sentence(
    lambda: torch.ops.aten._scaled_dot_product_flash_attention(q, q, q)))
print("F.scaled_dot_product_attention, CPU:",
      tuple(F.scaled_dot_product_attention(q, q, q).shape))
