# terminal: the traceback names this file's lines, which a cell does not have
# An error in a module traced by torch.fx: the traceback's frame in the
# generated forward, and the generated code with its line numbers.
import traceback

import torch
from torch import fx, nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.a = nn.Linear(3, 4)
        self.b = nn.Linear(5, 2)  # a bug: a outputs 4 features, not 5

    def forward(self, x):
        return self.b(torch.relu(self.a(x)))


traced = fx.symbolic_trace(Net())
try:
    traced(torch.ones(1, 3))
except RuntimeError as error:
    frame = next(f for f in traceback.extract_tb(error.__traceback__)
                 if f.filename.startswith("<eval_with_key>"))
    print(f"RuntimeError: {error}")
    print(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
    print(f"    {frame.line}")
print("traced.code, numbered:")
for number, line in enumerate(traced.code.splitlines(), 1):
    print(f"{number:3} {line}".rstrip())
