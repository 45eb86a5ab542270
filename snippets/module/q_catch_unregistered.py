# Layers or tensors kept where nn.Module does not look (a list, a dict, a
# plain tensor attribute) raise nothing. A check after building catches them.
import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self._blocks = [nn.Linear(4, 4) for _ in range(2)]  # a plain list
        self.heads = {"a": nn.Linear(4, 1)}                 # a plain dict
        self.scale = torch.ones(4)                          # a plain tensor
        self.out = nn.Linear(4, 1)                          # registered


OWN = set(vars(nn.Module()))  # nn.Module's own: _parameters, _modules...


def unregistered(model):
    """Names of values in instance __dicts that hold modules or tensors."""
    def holds(value):
        if isinstance(value, (nn.Module, torch.Tensor)):
            return True
        if isinstance(value, (list, tuple, set)):
            return any(holds(v) for v in value)
        if isinstance(value, dict):
            return any(holds(v) for v in value.values())
        return False
    return [f"{path}.{name}".lstrip(".")
            for path, module in model.named_modules()
            for name, value in vars(module).items()
            if name not in OWN and holds(value)]


net = Net()
print("parameters:", [n for n, _ in net.named_parameters()])
print("unregistered:", unregistered(net))


class Fixed(nn.Module):
    def __init__(self):
        super().__init__()
        self._blocks = nn.ModuleList(nn.Linear(4, 4) for _ in range(2))
        self.heads = nn.ModuleDict({"a": nn.Linear(4, 1)})
        self.register_buffer("scale", torch.ones(4))
        self.out = nn.Linear(4, 1)


fixed = Fixed()
print("unregistered:", unregistered(fixed))
assert not unregistered(fixed), "run it in a test of every model you build"
print("parameters:", len(list(fixed.parameters())),
      "| buffers:", [n for n, _ in fixed.named_buffers()])
