# Under torch.autocast, which operators change dtype, and why another one
# fails with two dtypes: autocast is a dispatch key (AutocastCPU here) with
# kernels for the operators on its lists and a fallthrough for the rest.
import torch

torch.manual_seed(0)
lin = torch.nn.Linear(4, 4)
x = torch.randn(2, 4)
has = torch._C._dispatch_has_kernel_for_dispatch_key
for op in ("aten::linear", "aten::mm", "aten::softmax.int", "aten::add.Tensor",
           "aten::mul.Tensor"):
    print(f"{op:<18} has an AutocastCPU kernel: {has(op, 'AutocastCPU')}")

with torch.autocast("cpu", dtype=torch.bfloat16):
    h = lin(x)                            # on the list: cast to bfloat16
    print("inside: linear ->", h.dtype, "| softmax ->",
          torch.softmax(h, -1).dtype, "| h + x ->", (h + x).dtype)

# the output leaves the region in bfloat16; a float32 layer refuses it
try:
    lin(h)
except RuntimeError as e:
    print("outside: lin(h): RuntimeError:", e)
print("outside: lin(h.float()) ->", lin(h.float()).dtype)


# an operator of your own is on no list: it gets the dtypes as they come
@torch.library.custom_op("demo::scale_by", mutates_args=())
def scale_by(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    torch._check(a.dtype == b.dtype, lambda: f"dtypes {a.dtype}, {b.dtype}")
    return a * b


w = torch.ones(4)
with torch.autocast("cpu", dtype=torch.bfloat16):
    try:
        scale_by(lin(x), w)
    except RuntimeError as e:
        print("custom op under autocast: RuntimeError:", e)
    # the fix: give it an autocast rule, which casts its floating inputs
    torch.library.register_autocast("demo::scale_by", "cpu", torch.float32)
    out = scale_by(lin(x), w)
print("with register_autocast:", out.dtype)
assert out.dtype == torch.float32
