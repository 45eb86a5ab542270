# torch.jit.trace records a torch.autograd.Function as a call of Python, which
# torch.jit.save cannot write; an operator registered with the dispatcher is
# recorded as a call of torch.ops, which it can.
import io
import os
import runpy
import subprocess
import sys
import tempfile
import warnings

import torch

runpy.run_path("snippets/ops/extensions.py")["load_myops"]()  # myops.so


class ScaledAdd(torch.autograd.Function):  # backed by the C++ operator
    @staticmethod
    def forward(ctx, x, y):
        return torch.ops.myops.scaled_add(x, y, 2.0)

    @staticmethod
    def backward(ctx, grad):
        return grad, 2.0 * grad


class WithFunction(torch.nn.Module):
    def forward(self, x, y):
        return ScaledAdd.apply(x, y) + 1


class WithOperator(torch.nn.Module):  # the fix: call the operator itself
    def forward(self, x, y):
        return torch.ops.myops.scaled_add(x, y, 2.0) + 1


x, y = torch.ones(3), torch.arange(3.0)
warned = set()  # what torch.jit warns, printed at the end


def trace_save_load(module):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        traced = torch.jit.trace(module, (x, y))
        nodes = [n.kind() for n in traced.graph.nodes()
                 if n.kind() != "prim::Constant"]
        print(f"{type(module).__name__}: traced as {nodes}")
        buffer = io.BytesIO()
        try:
            torch.jit.save(traced, buffer)
            loaded = torch.jit.load(io.BytesIO(buffer.getvalue()))
        except RuntimeError as e:
            print(f"  {type(e).__name__}: {str(e).strip().splitlines()[0]}")
            loaded = None
    warned.update(f"{w.category.__name__}: {w.message}" for w in caught)
    return loaded, buffer.getvalue()


trace_save_load(WithFunction())
loaded, saved = trace_save_load(WithOperator())
print("  saved and loaded; it computes", loaded(x, y))

# The saved model names myops::scaled_add: a process that loads it must have
# loaded myops.so first, as torch.ops.load_library does
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "model.pt")
    with open(path, "wb") as f:
        f.write(saved)
    fresh = subprocess.run(
        [sys.executable, "-c", f"import torch; torch.jit.load({path!r})"],
        capture_output=True, text=True)
    error = [line for line in fresh.stderr.splitlines()
             if "Unknown builtin op" in line]
    print("  loaded by a process without myops.so: RuntimeError:", error[0])


# An operator defined in Python with custom_op, and given a backward with
# register_autograd, is recorded and saved the same way
@torch.library.custom_op("tracedemo::scaled_add", mutates_args=())
def scaled_add(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    return x + 2.0 * y


scaled_add.register_autograd(lambda ctx, grad: (grad, 2.0 * grad))


class WithCustomOp(torch.nn.Module):
    def forward(self, x, y):
        return scaled_add(x, y) + 1


loaded, _ = trace_save_load(WithCustomOp())
print(loaded.code.strip())
b = torch.ones(3, requires_grad=True)
loaded(x, b).sum().backward()
print("its backward, in this process:", b.grad)
print("\nwarnings:", *sorted(warned), sep="\n")
