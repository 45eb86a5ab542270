# Which operators take a float8 tensor? Each row runs one call on two
# float8_e4m3fn tensors and prints the result's dtype or the error. Set
# `device` to "cuda" or "xpu" to make the same table for your own GPU.
import torch
import torch.nn.functional as F

device = "cpu"
f8 = torch.float8_e4m3fn
gen = torch.Generator().manual_seed(0)
x = torch.randn(4, 4, generator=gen).to(device, f8)
y = torch.randn(4, 4, generator=gen).to(device, f8)
idx = torch.tensor([0, 2], device=device)
mask = x == 0
col = idx.view(2, 1).expand(2, 4)
one = torch.tensor(1.0, device=device)

calls = {
    # moving and converting bytes
    "x.to(torch.bfloat16)": lambda: x.to(torch.bfloat16),
    "x.view(torch.uint8)": lambda: x.view(torch.uint8),
    "x.t().contiguous()": lambda: x.t().contiguous(),
    "x[idx]": lambda: x[idx],
    "torch.cat([x, y])": lambda: torch.cat([x, y]),
    "torch.stack([x, y])": lambda: torch.stack([x, y]),
    "x[idx] = y[:2]": lambda: x.clone().index_put_((idx,), y[:2]),
    "x.index_copy_(0, idx, y[:2])":
        lambda: x.clone().index_copy_(0, idx, y[:2]),
    "x.scatter_(0, col, y[:2])": lambda: x.clone().scatter_(0, col, y[:2]),
    "x.gather(0, col)": lambda: x.gather(0, col),
    "x.masked_fill(mask, 0)": lambda: x.masked_fill(mask, 0),
    "x[0, 0].item()": lambda: x[0, 0].item(),
    # computing
    "x == y": lambda: x == y,
    "x > 0": lambda: x > 0,
    "torch.where(mask, x, y)": lambda: torch.where(mask, x, y),
    "x + y": lambda: x + y,
    "x * y": lambda: x * y,
    "x * 2": lambda: x * 2,
    "x / y": lambda: x / y,
    "-x": lambda: -x,
    "x.clamp(-1, 1)": lambda: x.clamp(-1, 1),
    "F.relu(x)": lambda: F.relu(x),
    "x.sum()": lambda: x.sum(),
    "x.abs().max()": lambda: x.abs().max(),
    "F.softmax(x, -1)": lambda: F.softmax(x, -1),
    "x @ y": lambda: x @ y,
    "F.linear(x, y, bias)": lambda: F.linear(x, y, y[0]),
    "torch._scaled_mm(x, y.t(), ...)": lambda: torch._scaled_mm(
        x, y.t(), scale_a=one, scale_b=one, out_dtype=torch.bfloat16),
    "torch.randn(4, dtype=f8)": lambda: torch.randn(4, dtype=f8,
                                                    device=device),
}
for label, call in calls.items():
    try:
        out = call()
        print(f"{label:32} ok: {getattr(out, 'dtype', type(out).__name__)}")
    except Exception as e:  # any error, whatever its class, is a row
        print(f"{label:32} {type(e).__name__}: {str(e).splitlines()[0]}")
