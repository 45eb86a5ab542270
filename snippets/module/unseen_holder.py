# Tensors kept by an object that is not a Module, or captured by a
# closure, are out of every walker's reach.
import torch
from torch import nn

torch.manual_seed(0)


class Core:                    # a library's object: not an nn.Module
    def __init__(self):
        self.weight = torch.randn(3, 3, requires_grad=True)

    def run(self, x):
        return x @ self.weight.T


class Wrapper(nn.Module):
    def __init__(self):
        super().__init__()
        self._core = Core()
        gain = nn.Parameter(torch.ones(3))
        self.act = lambda x: x * gain    # a Parameter in a closure

    def forward(self, x):
        return self.act(self._core.run(x))


m = Wrapper()
print("named_parameters:", list(m.named_parameters()),
      "| state_dict:", list(m.state_dict()))
m.double()
try:
    m(torch.ones(2, 3, dtype=torch.float64))
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")


class Reached(Wrapper):        # when Core cannot be changed
    def __init__(self):
        super().__init__()
        self.gain = self.act.__closure__[0].cell_contents  # register it

    def extra_tensors(self):
        return [self._core.weight]

    def _apply(self, fn, recurse=True):
        super()._apply(fn, recurse)    # children, parameters, buffers
        with torch.no_grad():
            for t in self.extra_tensors():
                t.data = fn(t)         # same object: optimizers keep it
        return self


r = Reached()
opt = torch.optim.SGD(list(r.parameters()) + r.extra_tensors(), lr=0.1)
r.double()
w = r._core.weight.clone()
r(torch.ones(2, 3, dtype=torch.float64)).sum().backward()
opt.step()
print("parameters:", [n for n, _ in r.named_parameters()],
      "| core weight", r._core.weight.dtype,
      "| stepped:", not torch.equal(r._core.weight, w))
print("state_dict still lacks it:", list(r.state_dict()))
