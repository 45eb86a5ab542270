# F.linear with float16 input and weight and a float32 bias: refused on
# one route, silently cast on another. Cast the bias yourself.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
a = torch.randn(10, 10, 10, dtype=torch.half)
w = torch.randn(10, 10, dtype=torch.half)
b = torch.randn(10)  # float32
for name, x in [("1-D", a[0, 0]), ("2-D", a[0]), ("3-D contiguous", a),
                ("4-D contiguous", a.reshape(2, 5, 10, 10)),
                ("3-D transposed", a.transpose(1, 2)),
                ("3-D sliced", a[:, ::2])]:
    try:
        print(f"{name}: returns {F.linear(x, w, b).dtype}")
    except RuntimeError as e:
        print(f"{name}: RuntimeError: {e}")
print("bias cast to the input's dtype, 2-D:",
      F.linear(a[0], w, b.to(a.dtype)).dtype)
# The route of the last two adds the bias in place into the float16
# product, which casts it; an out-of-place add would have promoted:
product = a.transpose(1, 2) @ w.t()
print("product + b:", (product + b).dtype,
      "| product.add_(b):", product.add_(b).dtype)
