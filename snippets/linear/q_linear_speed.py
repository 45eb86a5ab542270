# Same FLOPs, different work: which ATen ops each spelling runs, how many
# bytes of weights it reads, and the float32 matmul precision setting.
import torch
import torch.nn.functional as F
from torch.utils._python_dispatch import TorchDispatchMode
from torch.utils.flop_counter import FlopCounterMode


class OpLog(TorchDispatchMode):  # records every ATen op and its output shape
    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        out = func(*args, **(kwargs or {}))
        self.ops.append(f"{func.__name__.split('.')[0]}{tuple(out.shape)}")
        return out


def run(name, fn):
    log = OpLog()
    log.ops = []
    with FlopCounterMode(display=False) as flops, log:
        fn()
    print(f"{name}\n  {flops.get_total_flops():,} FLOPs: {' '.join(log.ops)}")


torch.manual_seed(0)
batch, dim = 100, 256
vector = torch.randn(batch, dim)
matrices = torch.randn(batch, dim, dim)   # one matrix per sample
lin = torch.nn.Linear(dim, dim)           # one matrix for all samples
with torch.no_grad():
    run("matrices @ vector.unsqueeze(-1)",
        lambda: matrices @ vector.unsqueeze(-1))
    run("lin(vector)", lambda: lin(vector))
    print(f"weights read: {matrices.nbytes:,} bytes against "
          f"{lin.weight.nbytes:,}")
    same = lin.weight.expand(batch, dim, dim)  # if every matrix is the same
    assert torch.allclose((same @ vector.unsqueeze(-1)).squeeze(-1),
                          vector @ lin.weight.T, atol=1e-5)

    x = torch.randn(8, 1000, dim)
    run("x @ W.T + b", lambda: x @ lin.weight.T + lin.bias)
    run("F.linear(x, W, b)", lambda: F.linear(x, lin.weight, lin.bias))
    U = torch.randn(10, dim, 3)                # the matrix on the left
    run("torch.matmul(W, U)", lambda: torch.matmul(lin.weight, U))
    run("F.linear(U.mT, W).mT", lambda: F.linear(U.mT, lin.weight).mT)
    W = lin.weight
    assert torch.allclose(F.linear(U.mT, W).mT, W @ U, atol=1e-4)
    # with W.T, as #76702 wrote it, the product is W.T @ U instead
    assert torch.allclose(F.linear(U.mT, W.T).mT, W.T @ U, atol=1e-4)

print("float32 matmul precision:", torch.get_float32_matmul_precision(),
      "| cuda.matmul.allow_tf32:", torch.backends.cuda.matmul.allow_tf32)
# Each of these lets float32 matrix products use TF32 on a GPU:
matmul = torch.backends.cuda.matmul
for p in ("high", "medium"):
    torch.set_float32_matmul_precision(p)
    print(f'set_float32_matmul_precision("{p}"):',
          f'allow_tf32 {matmul.allow_tf32},',
          f'fp32_precision "{matmul.fp32_precision}"')
    torch.set_float32_matmul_precision("highest")
matmul.allow_tf32 = True
print("cuda.matmul.allow_tf32 = True: precision",
      torch.get_float32_matmul_precision(), "| fp32_precision",
      f'"{matmul.fp32_precision}"')
matmul.allow_tf32 = False
