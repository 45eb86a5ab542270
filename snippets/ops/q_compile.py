# Custom operators under torch.compile: what a fake implementation may do,
# compiled autograd through a custom_op's backward, and an in-place kernel
# kept opaque to the compiler.
# --8<-- [start:fake]
import torch
from torch.library import custom_op


def compiled(f):
    """f compiled whole; backend "eager" runs the traced graph as it is."""
    return torch.compile(f, backend="eager", fullgraph=True)


def first_lines(e):
    """The error's first line, and what the fake implementation raised."""
    text = str(e)
    got = " ".join(text[text.find("got "):].split())
    return (f"{type(e).__name__}: {text.splitlines()[0]}\n"
            f"  {got[:got.find('value=') + 6]} ...")


@custom_op("qc::mm", mutates_args=())
def mm(x: torch.Tensor, weight: torch.Tensor) -> torch.Tensor:
    return torch.mm(x, weight)


@mm.register_fake
def _(x, weight):  # runs torch.func on the fake tensors
    output, vjp_fn = torch.func.vjp(lambda w: torch.mm(x, w), weight)
    return output


x, weight = torch.randn(4, 8), torch.randn(8, 16)
print("eager:", tuple(mm(x, weight).shape))
try:
    compiled(mm)(x, weight)
except Exception as e:
    print(first_lines(e))


@mm.register_fake  # the fix: only the output's metadata
def _(x, weight):
    return x.new_empty(x.shape[0], weight.shape[1])


print("compiled, metadata only:", tuple(compiled(mm)(x, weight).shape))
# --8<-- [end:fake]
# --8<-- [start:dynamic]
@custom_op("qc::positive", mutates_args=())
def positive(x: torch.Tensor) -> torch.Tensor:
    return x[x > 0]


@positive.register_fake
def _(x):  # the output's size read from the data: fake tensors have none
    return x.new_empty(int((x > 0).sum()))


x = torch.tensor([1.0, -2.0, 3.0, -4.0])
try:
    compiled(positive)(x)
except Exception as e:
    print(f"{type(e).__name__}: {str(e).splitlines()[0]}")


@positive.register_fake  # the fix: a new symbolic size for the output
def _(x):
    n = torch.library.get_ctx().new_dynamic_size()
    return x.new_empty(n)


torch._dynamo.reset()  # forget the failed attempt


print("compiled, dynamic size:", compiled(positive)(x))
# --8<-- [end:dynamic]
# --8<-- [start:compiled_autograd]
@custom_op("qc::sin", mutates_args=())
def sin(x: torch.Tensor) -> torch.Tensor:
    return x.sin()


sin.register_fake(lambda x: torch.empty_like(x))


def setup_context(ctx, inputs, output):
    ctx.save_for_backward(inputs[0])


def backward(ctx, grad):
    x, = ctx.saved_tensors
    return grad * x.cos()


sin.register_autograd(backward, setup_context=setup_context)

# compiled autograd: the backward pass, traced by Dynamo when
# backward() runs inside a compiled function
torch._dynamo.config.compiled_autograd = True


@torch.compile(backend="eager")
def step(x):
    loss = sin(x).sum()
    loss.backward()


x = torch.randn(3, requires_grad=True)
step(x)
torch._dynamo.config.compiled_autograd = False
assert torch.allclose(x.grad, x.detach().cos())
print("compiled autograd through qc::sin's backward: x.grad == cos(x)")
# Dynamo inlines the module that holds the backward register_autograd wraps
from torch._dynamo import compiled_autograd, trace_rules

print("torch._library.autograd in Dynamo's MOD_INLINELIST:",
      "torch._library.autograd" in trace_rules.MOD_INLINELIST)
print("compiled_autograd.enable:", hasattr(compiled_autograd, "enable"),
      "| compiled_autograd._enable:", hasattr(compiled_autograd, "_enable"))
# --8<-- [end:compiled_autograd]
# --8<-- [start:inplace]
# A loss that computes its gradients in its forward, chunk by chunk, into
# buffers it fills in place: a custom_op, opaque to the compiler, whose
# outputs are the loss and the two gradients.
def chunked_ce(x: torch.Tensor, w: torch.Tensor, y: torch.Tensor
               ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    loss, dx, dw = x.new_zeros(()), torch.empty_like(x), torch.zeros_like(w)
    for s in range(0, x.shape[0], 4):
        logits = x[s:s + 4] @ w.T
        p = logits.softmax(-1)
        loss += torch.nn.functional.cross_entropy(logits, y[s:s + 4],
                                                  reduction="sum")
        p[torch.arange(p.shape[0]), y[s:s + 4]] -= 1
        dx[s:s + 4] = p @ w
        dw += p.T @ x[s:s + 4]
    n = x.shape[0]
    return loss / n, dx / n, dw / n


linear_ce = custom_op("qc::linear_ce", chunked_ce, mutates_args=())


@linear_ce.register_fake
def _(x, w, y):
    return x.new_empty(()), torch.empty_like(x), torch.empty_like(w)


def setup_context(ctx, inputs, output):
    ctx.save_for_backward(output[1], output[2])


def backward(ctx, grad_loss, grad_dx, grad_dw):
    dx, dw = ctx.saved_tensors
    return grad_loss * dx, grad_loss * dw, None


linear_ce.register_autograd(backward, setup_context=setup_context)


def loss_of(x, w, y):
    return linear_ce(x, w, y)[0]


torch.manual_seed(0)
x = torch.randn(10, 4, requires_grad=True)
w = torch.randn(5, 4, requires_grad=True)
y = torch.randint(0, 5, (10,))
grads = {}
for how, f in [("eager", loss_of),
               ("compiled", torch.compile(loss_of, backend="aot_eager"))]:
    f(x, w, y).backward()
    grads[how] = (x.grad, w.grad)
    x.grad = w.grad = None
assert all(torch.allclose(a, b) for a, b in zip(grads["eager"],
                                                grads["compiled"]))
print("custom_op: compiled gradients == eager gradients")


# The same loss as an autograd.Function, which torch.compile traces into
class LinearCE(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, w, y):
        loss, dx, dw = chunked_ce(x, w, y)  # the same body, not the op
        ctx.save_for_backward(dx, dw)
        return loss

    @staticmethod
    def backward(ctx, grad_loss):
        dx, dw = ctx.saved_tensors
        return grad_loss * dx, grad_loss * dw, None


def function_loss(x, w, y):
    return LinearCE.apply(x, w, y)


torch.compile(function_loss, backend="aot_eager")(x, w, y).backward()
assert torch.allclose(x.grad, grads["eager"][0])
assert torch.allclose(w.grad, grads["eager"][1])
print("autograd.Function: compiled gradients == eager gradients")
print(torch.library.opcheck(linear_ce, (x, w, y)))
# --8<-- [end:inplace]
# --8<-- [start:nested]
# An operator whose implementation calls torch.compile, used from a
# function compiled whole
def inner(x):
    return x.sin().cos()


graphs = []  # the graphs the inner torch.compile compiles


def count_graphs(gm, example_inputs):
    graphs.append(gm)
    return gm.forward


def foo_impl(x):
    before = len(graphs)
    out = torch.compile(inner, fullgraph=True, backend=count_graphs)(x)
    print(f"  foo_impl on a {type(x).__name__},",
          "torch.compiler.is_compiling():", torch.compiler.is_compiling(),
          "| graphs the inner compile compiled:", len(graphs) - before)
    return out


lib = torch.library.Library("qc", "FRAGMENT")
lib.define("foo(Tensor x) -> Tensor")
lib.impl("foo", foo_impl, "CompositeExplicitAutograd")


@torch.compile(fullgraph=True, backend="eager")
def f(x):
    return torch.ops.qc.foo(x)


x = torch.randn(3)
for call in (1, 2):
    print(f"call {call}:")
    assert torch.allclose(f(x), inner(x))
# --8<-- [end:nested]
