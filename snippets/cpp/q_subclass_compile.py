# terminal: torch.compile of a dispatch subclass, in a process of its own
# A wrapper subclass whose __torch_dispatch__ makes a tensor with a factory
# function (torch.ones), compiled: which tensors does the factory make while
# torch.compile traces it?
import torch
import torch.utils._pytree as pytree

made = []


class PlusOne(torch.Tensor):
    """Behaves as its inner tensor `src` plus one."""
    @staticmethod
    def __new__(cls, src):
        return torch.Tensor._make_wrapper_subclass(
            cls, src.shape, strides=src.stride(), dtype=src.dtype,
            device=src.device, requires_grad=src.requires_grad)

    def __init__(self, src):
        self.src = src

    def __tensor_flatten__(self):          # what compile needs to see
        return ["src"], None                # inside the subclass

    @classmethod
    def __tensor_unflatten__(cls, inner, meta, outer_size, outer_stride):
        return cls(inner["src"])

    @classmethod
    def __torch_dispatch__(cls, func, types, args, kwargs=None):
        def unwrap(x):
            ones = torch.ones(x.shape, dtype=x.dtype)   # a factory call
            made.append(type(ones).__name__)
            return x.src + ones
        out = func(*pytree.tree_map_only(cls, unwrap, args),
                   **pytree.tree_map_only(cls, unwrap, kwargs or {}))
        return pytree.tree_map_only(torch.Tensor, cls, out)


def fn(x):
    return 2 * x


x = PlusOne(torch.zeros(2, 3))
print("eager:", type(fn(x)).__name__, fn(x).src[0].tolist(),
      "| factory made:", sorted(set(made)))
made.clear()
out = torch.compile(fn, backend="aot_eager", fullgraph=True)(x)
print("compiled:", type(out).__name__, out.src[0].tolist())
print("factory made while tracing:", sorted(set(made)))
