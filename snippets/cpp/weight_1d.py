# A 1-D weight passes linear's 0-D check, but the addmm branches need a
# matrix; matmul, the branch without a bias, takes a vector.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
x, w = torch.randn(4, 3), torch.randn(3)
print("x:", tuple(x.shape), "w:", tuple(w.shape))
for label, args in (("F.linear(x, w, bias)", (x, w, torch.randn(1))),
                    ("F.linear(x, w)", (x, w))):
    try:
        print(f"{label:21} -> shape {tuple(F.linear(*args).shape)}")
    except RuntimeError as e:
        print(f"{label:21} -> RuntimeError: {e}")
print("nn.Linear(3, 2).weight.dim():", torch.nn.Linear(3, 2).weight.dim())
