# An operator with no fake implementation and no Meta kernel cannot run on
# fake tensors: what torch.compile says, and the fix, register_fake.
import logging

import torch
from torch._subclasses.fake_tensor import FakeTensorMode

logging.getLogger("torch._subclasses.fake_tensor").setLevel(logging.CRITICAL)


@torch.library.custom_op("shapelib::twice", mutates_args=())
def twice(x: torch.Tensor) -> torch.Tensor:
    return torch.from_numpy(x.numpy() * 2)          # needs real data


lib = torch.library.Library("shapelib", "FRAGMENT")  # as a C++ library does:
lib.define("pick(Tensor x) -> Tensor")              # a schema and
lib.impl("pick", lambda x: x[::2].clone(), "CPU")  # a CPU kernel only


def first_lines(e, n):
    return " / ".join(ln.strip() for ln in str(e).splitlines()[:n] if ln)


x = torch.arange(5.)
for op in [twice, torch.ops.shapelib.pick]:
    for fullgraph in [True, False]:
        torch._dynamo.reset()
        try:
            out = torch.compile(lambda x: op(x) + 1, backend="eager",
                                fullgraph=fullgraph)(x)
            print(f"fullgraph={fullgraph}: ran, {out.tolist()}")
        except Exception as e:
            print(f"fullgraph={fullgraph}: {type(e).__name__}: "
                  f"{first_lines(e, 2)}")
            for ln in str(e).splitlines():
                if "unsupported operator" in ln:
                    print("   ", ln.strip())

mode = FakeTensorMode()                             # the same, without
try:                                                # the compiler
    with mode:
        torch.ops.shapelib.pick(mode.from_tensor(x))
except Exception as e:
    print(f"{type(e).__name__}: {e}")
print("Meta kernel:",
      torch._C._dispatch_has_kernel_for_dispatch_key("shapelib::pick", "Meta"))


# the fix: a fake implementation for each, from the inputs' metadata only
@twice.register_fake
def _(x):
    return torch.empty_like(x)


@torch.library.register_fake("shapelib::pick", lib=lib)   # by name: also
def _(x):                                                 # for a C++ op
    return x.new_empty((x.shape[0] + 1) // 2)


print("Meta kernel:",
      torch._C._dispatch_has_kernel_for_dispatch_key("shapelib::pick", "Meta"))
for op in [twice, torch.ops.shapelib.pick]:
    torch._dynamo.reset()
    out = torch.compile(lambda x: op(x) + 1, backend="eager",
                        fullgraph=True)(x)
    assert torch.equal(out, op(x) + 1)
    print("fullgraph=True:", out.tolist())
