# What a tensor with symbolic sizes is: under torch.compile(dynamic=True), a
# custom operator's fake implementation runs on a FakeTensor whose sizes are
# SymInts (symbols such as s77), where a static compile gives it ints.
import torch


@torch.library.custom_op("symdemo::twice_rows", mutates_args=())
def twice_rows(x: torch.Tensor) -> torch.Tensor:
    print("  real kernel on", type(x).__name__, tuple(x.shape))
    return torch.cat([x, x])


@twice_rows.register_fake
def _(x):
    rows = x.shape[0]
    print("  fake implementation on", type(x).__name__, "of size", x.shape)
    print("    x.shape[0] is a", type(rows).__name__, "| symbolic sizes:",
          x._has_symbolic_sizes_strides)  # a private flag of the TensorImpl
    return x.new_empty(2 * rows, *x.shape[1:])


for dynamic in (False, True):
    torch._dynamo.reset()
    print(f"torch.compile(dynamic={dynamic}):")
    f = torch.compile(lambda x: twice_rows(x) + 1, backend="eager",
                      dynamic=dynamic, fullgraph=True)
    out = f(torch.ones(6, 2))
    assert out.shape == (12, 2)
torch._dynamo.reset()
