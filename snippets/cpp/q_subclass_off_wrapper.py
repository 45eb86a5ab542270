# A wrapper subclass made with _make_wrapper_subclass(..., strides=...,
# storage_offset=...) reports the sizes, strides and storage offset it was
# given; they are metadata only, and its storage holds no data.
import torch
from torch.utils._pytree import tree_map


class Wrapper(torch.Tensor):
    @staticmethod
    def __new__(cls, elem, copy_layout=True):
        layout = {}
        if copy_layout:   # as in the thread: pass the wrapped tensor's layout
            layout = dict(strides=elem.stride(),
                          storage_offset=elem.storage_offset())
        return torch.Tensor._make_wrapper_subclass(
            cls, elem.size(), dtype=elem.dtype, device=elem.device,
            requires_grad=elem.requires_grad, **layout)

    def __init__(self, elem, copy_layout=True):
        self.elem = elem

    @classmethod
    def __torch_dispatch__(cls, func, types, args=(), kwargs=None):
        unwrap = lambda a: a.elem if isinstance(a, Wrapper) else a
        wrap = lambda a: Wrapper(a) if isinstance(a, torch.Tensor) else a
        out = func(*tree_map(unwrap, args), **tree_map(unwrap, kwargs or {}))
        return tree_map(wrap, out)


elem = torch.arange(12.0).reshape(3, 4)[1:, 1:]   # a view into a 3x4 tensor


def describe(name, t):
    print(f"{name:<17} offset {t.storage_offset()}  stride {t.stride()}  "
          f"contiguous {t.is_contiguous()}")


describe("elem", elem)
w = Wrapper(elem)
describe("Wrapper(elem)", w)
assert w.storage_offset() == elem.storage_offset() == 5
assert w.stride() == elem.stride() and not w.is_contiguous()
describe("no layout passed", Wrapper(elem, copy_layout=False))
try:                  # an offset alone: torch 2.13.0 wants strides with it
    torch.Tensor._make_wrapper_subclass(Wrapper, elem.size(), storage_offset=5)
except RuntimeError as e:
    print(f"offset alone: {type(e).__name__}: {e}")

# Its storage has no memory (a null data pointer): Python may not read it,
# and data_ptr() is only the offset counted in bytes (5 elements of 4 bytes).
try:
    w.untyped_storage().data_ptr()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
print("w.data_ptr():", w.data_ptr())
assert w.data_ptr() == w.storage_offset() * w.element_size()
assert w.data_ptr() != elem.data_ptr()

# Operators run on the wrapped tensor, with its own layout.
out = w * 2
print("w * 2:", type(out).__name__, out.elem.tolist())
assert torch.equal(out.elem, elem * 2)
print("offset of the data:", w.elem.storage_offset())
r = w[:, 1]           # a result, wrapped by the same __new__
assert r.storage_offset() == r.elem.storage_offset() == 6
