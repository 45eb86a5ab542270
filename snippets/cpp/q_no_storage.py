# "Cannot access data pointer of Tensor that doesn't have storage" under
# torch.func.vmap and jvp: the function is given wrapper tensors
# (BatchedTensor, TensorWrapper) that hold the real tensor and have no
# storage of their own, so code that asks for memory fails on them.
import ctypes
import warnings

import torch
from torch.func import jvp, vmap

torch.manual_seed(0)
x = torch.randn(3, 4)
wrapped = torch._C._functorch.is_functorch_wrapped_tensor


def ext_scale(t):           # stands for a C++ extension: it reads memory
    t = t.contiguous()
    buf = (ctypes.c_float * t.numel()).from_address(t.data_ptr())
    return torch.tensor([2 * v for v in buf]).view(t.shape)


assert torch.equal(ext_scale(x), 2 * x)
ones = torch.ones_like(x)
# torch 2.14.1's first jvp warns that torch.jit.script (used inside) is
# deprecated, a FutureWarning about torch's own code
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", ".*torch.jit.script", FutureWarning)
    for call, run in (
            ("vmap(ext_scale)(x)", lambda: vmap(ext_scale)(x)),
            ("jvp(ext_scale, ...)", lambda: jvp(ext_scale, (x,), (ones,))),
            ("vmap: t.untyped_storage()",
             lambda: vmap(lambda t: t.untyped_storage() and t)(x)),
            ("jvp: t.untyped_storage()",
             lambda: jvp(lambda t: t.untyped_storage() and t, (x,), (ones,)))):
        try:
            run()
        except (RuntimeError, NotImplementedError) as e:
            print(f"{call}\n  {type(e).__name__}: {e}")


def look(t):                # what the function gets under vmap
    inner = torch._C._functorch.get_unwrapped(t)
    print("vmap gives a", tuple(t.shape), "wrapper:", wrapped(t), "| it holds",
          tuple(inner.shape), "| x's memory:",
          inner.data_ptr() == x.data_ptr())
    return t


vmap(look)(x)


# fix 1: make the extension an operator; vmap then calls it on real tensors
@torch.library.custom_op("nostoragelib::scale", mutates_args=())
def scale(t: torch.Tensor) -> torch.Tensor:
    print("  scale gets", tuple(t.shape), "wrapper:", wrapped(t))
    return ext_scale(t)


# without a vmap rule, vmap loops over the batch (and warns: silenced here)
torch._C._functorch._set_vmap_fallback_warning_enabled(False)
try:
    print("vmap(scale)(x), no vmap rule:")
    out = vmap(scale)(x)
finally:
    torch._C._functorch._set_vmap_fallback_warning_enabled(True)
assert torch.equal(out, 2 * x)


@scale.register_vmap        # a rule: one call on the whole batch
def _(info, in_dims, t):
    return scale(t), in_dims[0]


print("vmap(scale)(x), with the rule:")
assert torch.equal(vmap(scale)(x), 2 * x)

# fix 2: leave the extension out of vmap, and give it the whole batch
assert torch.equal(ext_scale(x), vmap(lambda t: t * 2)(x))
print("ext_scale(x) outside vmap equals vmap(lambda t: t * 2)(x)")

# jvp and torch.compile together, jvp called inside the compiled function
compiled = torch.compile(lambda t: jvp(torch.sin, (t,), (ones,)),
                         backend="aot_eager")
_, tangent = compiled(x)
assert torch.allclose(tangent, x.cos())
print("torch.compile of a function that calls jvp: tangent == x.cos()")
