# The C++ operator has no kernel for the Autograd keys: called on tensors that
# require grad, it runs, but backward cannot go through it.
import runpy
import warnings

import torch

runpy.run_path("snippets/ops/extensions.py")["load_myops"]()
x = torch.ones(3, requires_grad=True)
y = torch.ones(3, requires_grad=True)
out = torch.ops.myops.scaled_add(x, y, 2.0)
print("requires_grad:", out.requires_grad, "| grad_fn:", out.grad_fn.name())
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        out.sum().backward()
    except RuntimeError as e:
        print("RuntimeError:", str(e).splitlines()[0])
for w in caught:
    print(f"{w.category.__name__}: {str(w.message)[:150]}...")
print("x.grad:", x.grad, "y.grad:", y.grad)
x.grad = y.grad = None


# The fix: a backward formula, registered for the operator from Python
# (register_autograd puts a kernel on the Autograd keys).
def setup_context(ctx, inputs, output):
    ctx.alpha = inputs[2]


def backward(ctx, grad):
    return grad, ctx.alpha * grad, None


torch.library.register_autograd("myops::scaled_add", backward,
                                setup_context=setup_context)
out = torch.ops.myops.scaled_add(x, y, 2.0)
print("grad_fn:", out.grad_fn.name())
out.sum().backward()
print("x.grad:", x.grad, "y.grad:", y.grad)
