# terminal: it registers operators, and a process can register each name once
# What torch.library.custom_op refuses, each with its message and its fix.
# --8<-- [start:schema]
import logging

import torch
from torch.library import custom_op

# torch logs a warning of its own about tuple[int, int]; the error says more
logging.getLogger("torch._library.opaque_object").setLevel(logging.ERROR)


def refused(define):
    try:
        define()
    except Exception as e:
        text = str(e).split(" The valid types")[0].split(" Got func")[0]
        text = text.splitlines()[0]
        print(f"{type(e).__name__}: {text}")


def no_hint():
    @custom_op("qe::scale", mutates_args=())
    def scale(x, factor: float) -> torch.Tensor:
        return x * factor


def bare_list():
    @custom_op("qe::pick", mutates_args=())
    def pick(x: torch.Tensor, dims: list) -> torch.Tensor:
        return x.sum(dims)


def a_tuple():
    @custom_op("qe::pick", mutates_args=())
    def pick(x: torch.Tensor, dims: tuple[int, int]) -> torch.Tensor:
        return x.sum(dims)


refused(no_hint)
refused(bare_list)
refused(a_tuple)

# lists: of Tensor, int, float, bool only; "| None" around a list of ints,
# inside a list of tensors, and not around a list of numbers (Scalar[]); a
# number is exactly int | float | bool
for hint in (list[str], list[torch.dtype], list[torch.Tensor] | None,
             list[torch.Tensor | None], list[int] | None,
             list[int | float | bool] | None, float | int):
    def fn(x): ...
    fn.__annotations__ = {"x": hint, "return": torch.Tensor}
    try:
        schema = torch.library.infer_schema(fn, mutates_args=())
        print(f"{str(hint):31} -> {schema}")
    except ValueError:
        print(f"{str(hint):31} -> refused: unsupported type")


# the fix: a type hint on every parameter, in the types a schema has
@custom_op("qe::pick", mutates_args=())
def pick(x: torch.Tensor, dims: list[int], scale: float = 1.0,
         out_dtype: torch.dtype | None = None) -> torch.Tensor:
    return x.sum(dims, dtype=out_dtype) * scale


print(pick._opoverload._schema)
print(pick(torch.ones(2, 3), [1]))
# --8<-- [end:schema]
# --8<-- [start:alias]
@custom_op("qe::same", mutates_args=())
def same(x: torch.Tensor) -> torch.Tensor:
    return x  # the input itself (a view of it, x.view(-1), fails too)


try:
    same(torch.ones(2))
except RuntimeError as e:
    print("RuntimeError:", str(e)[str(e).find("The output"):])


@custom_op("qe::copy", mutates_args=())
def copy(x: torch.Tensor) -> torch.Tensor:
    return x.clone()  # the fix: a new tensor


print("clone:", copy(torch.ones(2)))
# --8<-- [end:alias]
# --8<-- [start:mutates]
try:
    @custom_op("qe::add_one")
    def add_one(x: torch.Tensor) -> None:
        x.add_(1)
except TypeError as e:
    print("TypeError:", e)


@custom_op("qe::add_one", mutates_args=())  # says: writes into nothing
def add_one(x: torch.Tensor) -> None:
    x.add_(1)


try:
    torch.library.opcheck(add_one, (torch.ones(2),))
except Exception as e:
    print(f"{type(e).__name__}:", str(e).split(" (scroll")[0])


@custom_op("qe::add_one_", mutates_args={"x"})  # the fix: name it
def add_one_(x: torch.Tensor) -> None:
    x.add_(1)


print(add_one_._opoverload._schema)
print(torch.library.opcheck(add_one_, (torch.ones(2),))["test_schema"])
# --8<-- [end:mutates]
# --8<-- [start:register]
import inspect


@custom_op("qe::cube", mutates_args=())
def cube(x: torch.Tensor) -> torch.Tensor:
    return x ** 3


def setup_context(ctx, inputs, output):
    ctx.save_for_backward(inputs[0])


def backward(ctx, grad):
    x, = ctx.saved_tensors
    return grad * 3 * x ** 2


# setup_context comes after "*" in the signature: by keyword only
print(inspect.signature(torch.library.register_autograd))
try:
    torch.library.register_autograd("qe::cube", backward, setup_context)
except TypeError as e:
    print("TypeError:", e)
torch.library.register_autograd("qe::cube", backward,
                                setup_context=setup_context)  # the fix
x = torch.tensor([2.0], requires_grad=True)
cube(x).backward()
print("x.grad:", x.grad)
# --8<-- [end:register]
# --8<-- [start:vmap]
import re
import subprocess
import sys

# torch.vmap over a custom_op with no batching rule: it works, and torch's
# C++ code warns on stderr
child = """
import torch
from torch.library import custom_op

calls = []

@custom_op("qe::square", mutates_args=())
def square(x: torch.Tensor) -> torch.Tensor:
    calls.append(tuple(x.shape))
    return x * x

if len(__import__("sys").argv) > 1:  # the fix: a batching rule
    @square.register_vmap
    def _(info, in_dims, x):
        return square(x), in_dims[0]  # x * x is elementwise: same dims

shape = tuple(torch.vmap(square)(torch.ones(5, 2)).shape)
print(shape, "in", len(calls), "calls of the kernel, on", calls[0])
"""
for label, args in [("no batching rule", []),
                    ("with register_vmap", ["fix"])]:
    done = subprocess.run([sys.executable, "-c", child, *args],
                          capture_output=True, text=True)
    # the warning's text, without where in torch's C++ it was raised
    warned = [re.split(r" \((?:function|Triggered)",
                       line.split("Warning: ")[1])[0]
              for line in done.stderr.splitlines() if "Warning: " in line]
    print(f"{label}: {done.stdout.strip()}; warning:", *(warned or ["none"]))
# --8<-- [end:vmap]
# --8<-- [start:fake]
# register_fake on an operator whose kernel is CompositeImplicitAutograd:
# such an operator decomposes into others, which have fake kernels already
lib = torch.library.Library("qe", "FRAGMENT")
lib.define("double_it(Tensor x) -> Tensor")
lib.impl("double_it", lambda x: x + x, "CompositeImplicitAutograd")
try:
    torch.library.register_fake("qe::double_it")(
        lambda x: torch.empty_like(x))
except RuntimeError as e:
    print("RuntimeError:", str(e).split(". Instead")[0])
print("on meta tensors, without one:",
      torch.ops.qe.double_it(torch.ones(2, device="meta")))


# a fake implementation that says another dtype than the kernel returns
@custom_op("qe::half", mutates_args=())
def half(x: torch.Tensor) -> torch.Tensor:
    return x / 2


half.register_fake(lambda x: x.new_empty(x.shape, dtype=torch.float64))
try:
    torch.library.opcheck(half, (torch.ones(2),))
except Exception as e:
    print(f"{type(e).__name__}:", str(e).split(" (scroll")[0])
half.register_fake(lambda x: torch.empty_like(x))  # the fix: x's dtype
print(torch.library.opcheck(half, (torch.ones(2),))["test_faketensor"])
# --8<-- [end:fake]
# --8<-- [start:autograd_key]
# A backward given through an autograd.Function inside the CPU kernel: it
# works in eager mode, but autograd is not registered where torch looks
class Triple(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return 3 * x

    @staticmethod
    def backward(ctx, grad):
        return 3 * grad


lib = torch.library.Library("qe", "FRAGMENT")
lib.define("triple(Tensor x) -> Tensor")
lib.impl("triple", lambda x: Triple.apply(x), "CPU")
x = torch.ones(2, requires_grad=True)
try:
    torch.library.opcheck(torch.ops.qe.triple.default, (x,))
except Exception as e:
    print(f"{type(e).__name__}:", str(e).split(". This could mean")[0])

# the fix: a plain kernel, and the backward registered for the operator
lib.define("triple2(Tensor x) -> Tensor")
lib.impl("triple2", lambda x: 3 * x, "CPU")
torch.library.register_autograd(
    "qe::triple2", lambda ctx, grad: 3 * grad)
torch.library.register_fake("qe::triple2")(lambda x: torch.empty_like(x))
print(torch.library.opcheck(torch.ops.qe.triple2.default, (x,))
      ["test_autograd_registration"])
# --8<-- [end:autograd_key]
