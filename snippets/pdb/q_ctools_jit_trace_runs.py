# torch.jit.trace runs a module's forward three times with the default
# check_trace=True, once with check_trace=False. Each run prints which
# functions of torch/jit/_trace.py are on the stack, outermost first. The
# deprecation warnings of torch.jit.trace are caught and not printed, so the
# output is the same in every process.
import inspect
import warnings

import torch

torch.manual_seed(0)


class Model(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = torch.nn.Linear(2, 2)

    def forward(self, x):
        callers = [f.function for f in reversed(inspect.stack())
                   if f.filename.endswith("jit/_trace.py")]
        print("  forward ran, under", " > ".join(callers))
        return self.lin(x)


model = Model()
for check_trace in (True, False):
    print(f"torch.jit.trace(model, x, check_trace={check_trace}):")
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        traced = torch.jit.trace(model, torch.ones(1, 2),
                                 check_trace=check_trace)
x = torch.randn(1, 2)
print("calling the traced module:")
assert torch.equal(traced(x), model.lin(x))  # the graph has no print
print("  (nothing printed)")
