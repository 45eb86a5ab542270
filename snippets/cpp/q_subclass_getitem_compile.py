# torch.compile(fullgraph=True) of x[:3, :4] for three kinds of subclass: one
# with the default __torch_function__, a __torch_dispatch__ wrapper subclass
# without __tensor_flatten__, and the same with __tensor_flatten__.
import torch
from torch.utils._pytree import tree_map_only


class Plain(torch.Tensor):
    pass


class Wrapper(torch.Tensor):
    @staticmethod
    def __new__(cls, elem):
        return torch.Tensor._make_wrapper_subclass(cls, elem.shape,
                                                   dtype=elem.dtype)

    def __init__(self, elem):
        self.elem = elem

    @classmethod
    def __torch_dispatch__(cls, func, types, args=(), kwargs=None):
        args, kwargs = tree_map_only(cls, lambda t: t.elem,
                                     (args, kwargs or {}))
        return tree_map_only(torch.Tensor, cls, func(*args, **kwargs))


class Flattened(Wrapper):
    def __tensor_flatten__(self):
        return ["elem"], None  # inner tensors' names, constant metadata

    @staticmethod
    def __tensor_unflatten__(inner, meta, outer_size, outer_stride):
        return Flattened(inner["elem"])


def f(x):
    return x[:3, :4]


t = torch.arange(25.0).reshape(5, 5)
for x, backend in [(t.as_subclass(Plain), "eager"), (Wrapper(t), "eager"),
                   (Flattened(t), "eager"), (Flattened(t), "aot_eager")]:
    torch.compiler.reset()
    compiled = torch.compile(f, fullgraph=True, backend=backend)
    name = f"{type(x).__name__}, {backend}:"
    try:
        out = compiled(x)
    except Exception as e:
        lines = str(e).splitlines()
        print(name, f"{type(e).__name__}: {lines[0]}")
        print("   ", lines[1].strip())
        print("   ", lines[4].strip())
    else:
        inner = out.elem if isinstance(out, Wrapper) else out
        assert torch.equal(inner.as_subclass(torch.Tensor), t[:3, :4])
        print(name, "compiled, gives a", type(out).__name__)
