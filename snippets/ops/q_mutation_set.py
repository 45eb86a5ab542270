# How torch.compile runs a custom_op that writes into its input (here a view
# of it), and what a custom_op that calls set_ on its input does compiled.
import torch
from torch._dynamo.backends.common import aot_autograd
from functorch.compile import make_boxed_func


@torch.library.custom_op("qm::add_one_", mutates_args=("x",))
def add_one_(x: torch.Tensor) -> None:
    x.add_(1)


@add_one_.register_fake
def _(x):
    return None


def show_graph(gm, example_inputs):  # no code generated; prints the graph
    print(gm.code.strip())
    return make_boxed_func(gm.forward)


def f(x):
    add_one_(x[0])  # writes into row 0 of x, a view
    return x * 2


x = torch.zeros(2, 3)
out = torch.compile(f, backend=aot_autograd(fw_compiler=show_graph))(x)
x_eager = torch.zeros(2, 3)
assert torch.equal(out, f(x_eager)) and torch.equal(x, x_eager)
print("x after the compiled call:", x.tolist())


# The report's operator: set_ swaps the storage of the parameter.
@torch.library.custom_op("qm::set_data", mutates_args=["param"])
def set_data(param: torch.Tensor, new_data: torch.Tensor) -> None:
    param.set_(new_data)


@set_data.register_fake
def _(param, new_data):
    param.set_(new_data)


def g(param, new):
    set_data(param, new)
    return param / 3


def shares(a, b):
    return a.untyped_storage().data_ptr() == b.untyped_storage().data_ptr()


for before in (torch.empty(0), torch.zeros(3)):  # another shape, the same
    new = torch.full((3,), 3.0)
    p_eager, p = before.clone(), before.clone()
    g(p_eager, new)
    try:
        torch.compile(g, backend="aot_eager", fullgraph=True)(p, new)
        print(f"shape {tuple(before.shape)}: compiled ran; values as eager:",
              torch.equal(p, p_eager), "| shares new's storage: eager",
              shares(p_eager, new), "compiled", shares(p, new))
    except Exception as e:
        print(f"shape {tuple(before.shape)}:",
              f"{type(e).__name__}: {e}".splitlines()[:2])


# The fix: swap the storage outside the compiled code, compile the rest.
def h(param):
    return param / 3


p, new = torch.empty(0), torch.full((3,), 3.0)
with torch.no_grad():
    p.set_(new)
out = torch.compile(h, backend="aot_eager", fullgraph=True)(p)
assert shares(p, new) and torch.equal(out, h(p))
print("set_ outside, then compiled:", out.tolist())


# Or, for new values of the same shape, write them into the tensor.
@torch.library.custom_op("qm::copy_data", mutates_args=["param"])
def copy_data(param: torch.Tensor, new_data: torch.Tensor) -> None:
    param.copy_(new_data)


@copy_data.register_fake
def _(param, new_data):
    return None


def k(param, new):
    copy_data(param, new)
    return param / 3


p, new = torch.zeros(3), torch.full((3,), 3.0)
out = torch.compile(k, backend="aot_eager", fullgraph=True)(p, new)
assert torch.equal(p, new) and torch.equal(out, new / 3)
print("copy_ in the operator, compiled:", out.tolist())
