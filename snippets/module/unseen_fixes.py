# Each way of keeping a tensor on a module, and which walkers see it.
import torch
from torch import nn


class Holder:                      # not a module
    def __init__(self):
        self.t = torch.ones(2)


class Ways(nn.Module):
    def __init__(self):
        super().__init__()
        self.plain = torch.ones(2)
        self.param = nn.Parameter(torch.ones(2))
        self.register_parameter("reg_param", nn.Parameter(torch.ones(2)))
        self.register_buffer("buffer", torch.ones(2))
        self.register_buffer("transient", torch.ones(2), persistent=False)
        self.plist = nn.ParameterList([torch.ones(2)])
        self.holder = Holder()

    def _apply(self, fn, recurse=True):   # reach the holder's tensor too
        super()._apply(fn, recurse)
        self.holder.t = fn(self.holder.t)
        return self


def tensors(m):
    return {"plain": m.plain, "param": m.param, "reg_param": m.reg_param,
            "buffer": m.buffer, "transient": m.transient,
            "plist.0": m.plist[0], "holder.t": m.holder.t}


m = Ways()
before = tensors(m)
params = {id(p) for p in m.parameters()}
buffers = {id(b) for b in m.buffers()}
saved = {id(v) for v in m.state_dict(keep_vars=True).values()}
after = tensors(m.double())
print(f"{'':10} {'parameters':>10} {'buffers':>8} {'saved':>6} {'double':>7}")
for name, t in before.items():
    print(f"{name:10} {id(t) in params!s:>10} {id(t) in buffers!s:>8}"
          f" {id(t) in saved!s:>6} {after[name].dtype == torch.float64!s:>7}")
