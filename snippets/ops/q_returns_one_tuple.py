# What schema custom_op writes for each return annotation, why a schema
# that says Tensor cannot return a one-element tuple, and "((Tensor))".
import torch
from torch.library import infer_schema


def one(x: torch.Tensor) -> torch.Tensor: ...
def one_tuple(x: torch.Tensor) -> tuple[torch.Tensor]: ...
def two(x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]: ...
def a_list(x: torch.Tensor) -> list[torch.Tensor]: ...


for f in (one, one_tuple, two, a_list):
    print(f"{f.__name__:9}", infer_schema(f, mutates_args=()))

# In a schema, (Tensor) is the same return as Tensor; ((Tensor)) is a tuple.
lib = torch.library.Library("qret", "FRAGMENT")
for name, ret in [("paren", "(Tensor)"), ("tuple1", "((Tensor))")]:
    lib.define(f"{name}(Tensor x) -> {ret}")
    lib.impl(name, lambda x: (x.clone(),), "CompositeExplicitAutograd")
    schema = getattr(torch.ops.qret, name).default._schema
    print(f"{ret:10} is read as:", schema)

x = torch.tensor([1.0, 2.0])
try:  # the kernel returns (tensor,) where the schema promises a Tensor
    torch.ops.qret.paren(x)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
print("((Tensor)) returns:", torch.ops.qret.tuple1(x))


@torch.library.custom_op("qret::add", mutates_args=())
def add(x: torch.Tensor, y: torch.Tensor) -> tuple[torch.Tensor]:
    return (x + y,)


print("custom_op:", add._opoverload._schema, "returns", add(x, x))
del lib
