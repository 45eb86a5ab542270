# A wrapper subclass holding another subclass, under torch.compile: while
# tracing, Outer is rebuilt by __tensor_unflatten__ around fake inner
# tensors. Does the inner tensor keep its class?
import torch
import torch.utils._pytree as pytree


class Packed(torch.Tensor):
    """An inner subclass without the flatten protocol."""


class Wrapper(torch.Tensor):
    """A wrapper subclass with the flatten protocol, around data_."""
    seen = []                            # what the __init__s were given

    @staticmethod
    def __new__(cls, data):
        return torch.Tensor._make_wrapper_subclass(
            cls, data.shape, dtype=data.dtype, device=data.device)

    def __init__(self, data):
        Wrapper.seen.append(f"{type(self).__name__}({type(data).__name__})")
        self.data_ = data

    def __tensor_flatten__(self):
        return ["data_"], None

    @classmethod
    def __tensor_unflatten__(cls, inner, meta, outer_size, outer_stride):
        return cls(inner["data_"])

    @classmethod
    def __torch_dispatch__(cls, func, types, args, kwargs=None):
        args = pytree.tree_map_only(cls, lambda t: t.data_, args)
        return func(*args, **(kwargs or {}))


class TracedPacked(Wrapper):
    """An inner subclass with the protocol."""


class Outer(Wrapper):
    """The outer subclass, with the protocol."""


def f(w, x):
    return x * w


x = torch.ones(3)
for make_inner in [lambda: torch.arange(3.).as_subclass(Packed),
                   lambda: TracedPacked(torch.arange(3.))]:
    Outer.seen.clear()
    inner = make_inner()
    w = Outer(inner)
    expected = f(w, x)
    print(f"eager mode gave Outer: {Outer.seen}")
    torch._dynamo.reset()
    Outer.seen.clear()
    out = torch.compile(f, backend="eager", fullgraph=True)(w, x)
    assert torch.equal(out, expected)
    print("  tracing gave Outer:", sorted(set(Outer.seen)))
