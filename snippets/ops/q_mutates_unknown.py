# mutates_args names the arguments an operator writes into, or is the one
# string "unknown"; the report's torch read "unknown" as a list of names.
import torch
from torch.library import custom_op


# the report's function, shortened: its body writes into no argument
def attention(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor,
              max_seqlen_q: int, softmax_scale: float | None = None,
              block_table: torch.Tensor | None = None) -> torch.Tensor:
    return k + 1 + v + q


# The message of the report: the letters of "unknown" (a str is a collection
# of characters) that are not the name of a parameter; "k" is one.
params = {"q", "k", "v", "max_seqlen_q", "softmax_scale", "block_table"}
assert set("unknown") - params == {"o", "n", "w", "u"}

# In the installed torch, "unknown" marks every tensor argument as written
op = custom_op("qm::attention", attention, mutates_args="unknown")
print(op._opoverload._schema)
x = torch.zeros(2)
print(op(x, x, x, 4))


def scale_(x: torch.Tensor, factor: float) -> None:
    x.mul_(factor)


# any other string is refused; ("x") is a str too: the comma makes a tuple
print(type(("x")).__name__, type(("x",)).__name__)
try:
    custom_op("qm::scale_", scale_, mutates_args=("x"))
except ValueError as e:
    print(f"{type(e).__name__}: {str(e).rstrip()}")

# the fix: a tuple (list, set) of the names, or () for a function that
# writes into none, as the report's does
scale_op = custom_op("qm::scale_", scale_, mutates_args=("x",))
print(scale_op._opoverload._schema)
op = custom_op("qm::attention2", attention, mutates_args=())
print(op._opoverload._schema)

# Why not "unknown" everywhere: each call counts as a write into every tensor
# argument, and a tensor autograd saved before the call can no longer be used
def add1(x: torch.Tensor) -> torch.Tensor:
    return x + 1


for mutates in ((), "unknown"):
    op = custom_op(f"qm::add1_{len(mutates)}", add1, mutates_args=mutates)
    w = torch.ones(2, requires_grad=True)
    h = w * 2
    y = h.sin()  # saves h for its backward
    op(h)
    try:
        y.sum().backward()
        print(f"mutates_args={mutates!r}: backward ran")
    except RuntimeError as e:
        print(f"mutates_args={mutates!r}: {type(e).__name__}: "
              f"{str(e).split(': [')[0]}")
