# A fake tensor has a shape, a dtype, a device and strides, and no data.
# Which implementation computes an operator's output shape on it?
import torch
from torch._subclasses import fake_impls
from torch._subclasses.fake_tensor import FakeTensor, FakeTensorMode

mode = FakeTensorMode()                 # what torch.compile traces under
x = mode.from_tensor(torch.randn(4, 3))
w = mode.from_tensor(torch.randn(2, 3))
print(x, x.dtype, x.device, x.stride())
print("its storage is on:", x.untyped_storage().device)


def shape_kernel(op):
    """Where FakeTensorMode gets op's output, in the order it looks."""
    name = op.name()
    if torch._C._dispatch_has_kernel_for_dispatch_key(
            name, "CompositeImplicitAutograd"):
        return "decomposed into other operators"
    for check, impl in fake_impls.op_implementations_checks:   # private
        if check(op):
            impl = fake_impls.op_implementations_dict.get(op, impl)
            return f"FakeTensorMode's own rule {impl.__name__}"
    # private: the Python Meta kernels, which torch.compile traces with
    py = op.py_kernels.get(torch._C.DispatchKey.Meta)
    if py is not None:
        return f"Python Meta kernel {py.__module__}.{py.__name__}"
    if torch._C._dispatch_has_kernel_for_dispatch_key(name, "Meta"):
        return "C++ Meta kernel"
    return "none"


aten = torch.ops.aten
for op in [aten.linear.default, aten.mm.default, aten.mul.Tensor,
           aten.as_strided.default, aten.nonzero.default,
           aten._unique2.default]:
    print(f"{str(op):24} {shape_kernel(op)}")


class Reached(torch.utils._python_dispatch.TorchDispatchMode):
    def __torch_dispatch__(self, func, types, args, kwargs=None):
        if func.namespace != "prim":
            print("  reached FakeTensorMode:", func)
        return func(*args, **(kwargs or {}))


with mode, Reached():                   # Reached sits above the fake mode
    y = torch.nn.functional.linear(x, w)
print(type(y).__name__, tuple(y.shape), y.stride())


@torch.library.custom_op("shapelib::scale", mutates_args=())
def scale(x: torch.Tensor) -> torch.Tensor:
    print("  real kernel ran on", type(x).__name__)
    return x * 2


@scale.register_fake
def _(x):
    print("  register_fake ran on", type(x).__name__)
    return torch.empty_like(x)


print("under FakeTensorMode:")
with mode:
    z = scale(x)
assert isinstance(z, FakeTensor) and z.shape == x.shape
print("under torch.compile:")
out = torch.compile(scale, backend="eager", fullgraph=True)(torch.ones(2))
print("compiled result:", out.tolist())
