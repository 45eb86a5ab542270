# A method of a wrapper subclass that changes a Python attribute kept in its
# __tensor_flatten__ metadata, called in a compiled function: Dynamo puts the
# call into its graph as one opaque node instead of tracing the body.
import torch
from torch._dynamo.testing import CompileCounterWithBackend
from torch.utils._pytree import tree_map_only


class Scaled(torch.Tensor):
    @staticmethod
    def __new__(cls, elem, scale=1):
        return torch.Tensor._make_wrapper_subclass(cls, elem.shape,
                                                   dtype=elem.dtype)

    def __init__(self, elem, scale=1):
        self.elem, self.scale = elem, scale

    def __tensor_flatten__(self):
        return ["elem"], self.scale  # scale is constant metadata

    @staticmethod
    def __tensor_unflatten__(inner, scale, outer_size, outer_stride):
        return Scaled(inner["elem"], scale)

    @classmethod
    def __torch_dispatch__(cls, func, types, args=(), kwargs=None):
        args, kwargs = tree_map_only(cls, lambda t: t.elem,
                                     (args, kwargs or {}))
        return tree_map_only(torch.Tensor, cls, func(*args, **kwargs))

    def add_scale(self, a):
        self.scale += a


def by_method(x):
    x.add_scale(3)
    return x.elem * x.scale


def by_class(x):  # the fix: the same method, called through the class
    Scaled.add_scale(x, 3)
    return x.elem * x.scale


for fn in (by_method, by_class):
    x = Scaled(torch.ones(2))
    print(f"{fn.__name__}, eager: {fn(x).tolist()}, x.scale after: {x.scale}")
    for backend in ("eager", "aot_eager"):
        torch.compiler.reset()
        counter = CompileCounterWithBackend(backend)
        x = Scaled(torch.ones(2))
        out = torch.compile(fn, backend=counter, fullgraph=True)(x)
        print(f"  compiled, {backend:9}: {out.tolist()}, x.scale after: "
              f"{x.scale}")
        if fn is by_class:  # compiled, it does what eager does
            assert out.tolist() == [4.0, 4.0] and x.scale == 4
    print("  Dynamo's graph (its code):")
    for line in counter.graphs[0].code.splitlines():
        if " = l_x_" in line:
            print("   ", line.strip().split(";")[0])

torch.compiler.reset()
counter = CompileCounterWithBackend("eager")
x = Scaled(torch.ones(2))
compiled = torch.compile(by_class, backend=counter, fullgraph=True)
for call in range(3):
    compiled(x)
print("by_class, three calls on one x: scale", x.scale,
      "| compiled", counter.frame_count, "times")
