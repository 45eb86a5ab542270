# An operator that returns two tensors: its schema, a fake implementation
# that returns two, torch.compile, and opcheck.
import torch
from torch import Tensor


@torch.library.custom_op("qret::cube", mutates_args=())
def cube(x: Tensor) -> tuple[Tensor, Tensor]:
    x_np = x.numpy(force=True)  # NumPy: torch.compile cannot trace it
    return (torch.from_numpy(x_np ** 3).to(x.device),
            torch.from_numpy(3 * x_np ** 2).to(x.device))


print("schema:", cube._opoverload._schema)


@cube.register_fake
def _(x):  # wrong: one tensor, where the schema says two
    return torch.empty_like(x)


def f(x):
    value, slope = cube(x)
    return value + slope


torch.manual_seed(0)
x = torch.tensor([1.0, 2.0, 3.0])
try:
    torch.compile(f, backend="aot_eager", fullgraph=True)(x)
except Exception as e:
    text = str(e)
    print(f"{type(e).__name__}: {text.splitlines()[0]}")
    print("  " + text[text.find("got "):].split("\n")[0])


@cube.register_fake
def _(x):  # the fix: one new tensor per output, shapes and dtypes right
    return torch.empty_like(x), torch.empty_like(x)


torch._dynamo.reset()  # forget the failed attempt
out = torch.compile(f, backend="aot_eager", fullgraph=True)(x)
assert torch.equal(out, f(x))
print("compiled:", out)
print(torch.library.opcheck(cube, (torch.randn(4),)))
