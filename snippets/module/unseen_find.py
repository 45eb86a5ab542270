# Find tensors a running model keeps where the walkers do not look: every
# tensor reachable from its modules' __dict__ (through containers, plain
# objects and closures) that is not a registered parameter or buffer.
import types

import torch
from torch import nn

OWN = set(vars(nn.Module()))   # _parameters, _buffers, _modules, ...


def unseen_tensors(model, max_depth=4):
    registered = {id(t) for t in model.parameters()}
    registered |= {id(t) for t in model.buffers()}
    modules = {id(m) for m in model.modules()}
    found, seen = [], set()

    def report(path, t):
        how = "leaf" if t.is_leaf else "computed"
        found.append(f"{path}: {type(t).__name__} {tuple(t.shape)} {how}")

    def visit(value, path, depth):
        if id(value) in seen or depth > max_depth:
            return
        seen.add(id(value))
        if isinstance(value, torch.Tensor):
            if id(value) not in registered:
                report(path, value)
        elif isinstance(value, nn.Module):
            if id(value) not in modules:       # a module nobody registered
                for n, t in value.state_dict(keep_vars=True).items():
                    visit(t, f"{path}.{n}", depth + 1)
        elif isinstance(value, (list, tuple, set, frozenset)):
            for i, v in enumerate(value):
                visit(v, f"{path}[{i}]", depth + 1)
        elif isinstance(value, dict):
            for k, v in value.items():
                visit(v, f"{path}[{k!r}]", depth + 1)
        elif isinstance(value, types.FunctionType):
            names = value.__code__.co_freevars
            for n, cell in zip(names, value.__closure__ or ()):
                visit(cell.cell_contents, f"{path}<closure {n}>", depth + 1)
        elif isinstance(value, types.MethodType):
            visit(value.__self__, f"{path}.__self__", depth + 1)
        elif hasattr(value, "__dict__") and not isinstance(
                value, (type, types.ModuleType)):
            for k, v in vars(value).items():
                visit(v, f"{path}.{k}", depth + 1)

    for prefix, module in model.named_modules():
        dot = prefix + "." if prefix else ""
        for name, buf in module._buffers.items():
            if isinstance(buf, nn.Parameter):
                found.append(f"{dot}{name}: Parameter registered as a buffer")
        for name, value in vars(module).items():
            if name not in OWN:
                visit(value, dot + name, 0)
    return found


class Core:
    def __init__(self):
        self.weight = torch.randn(3, 3, requires_grad=True)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 3)
        self.scale = torch.ones(3, requires_grad=True)
        self.mask = torch.ones(3)
        self.scales = [nn.Parameter(torch.ones(3))]
        self.heads = {"a": nn.Linear(3, 1)}
        self.pair = (nn.Parameter(torch.ones(3)), None)
        self._core = Core()
        gain = nn.Parameter(torch.ones(3))
        self.act = lambda x: x * gain
        self.register_buffer("length", nn.Parameter(torch.tensor(1.0)))
        self.last = None

    def forward(self, x):
        self.last = self.fc(x)           # an output kept on self
        return self.act(self.last * self.scale * self.mask)


net = Net()
net(torch.ones(2, 3))
for line in unseen_tensors(net):
    print(line)


class Fixed(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 3)
        self.scale = nn.Parameter(torch.ones(3))
        self.register_buffer("mask", torch.ones(3), persistent=False)
        self.scales = nn.ParameterList([torch.ones(3)])
        self.heads = nn.ModuleDict({"a": nn.Linear(3, 1)})
        self.register_parameter("pair_0", nn.Parameter(torch.ones(3)))
        self.gain = nn.Parameter(torch.ones(3))
        self.length = nn.Parameter(torch.tensor(1.0))

    def forward(self, x):
        return self.fc(x) * self.scale * self.mask * self.gain


fixed = Fixed()
fixed(torch.ones(2, 3))
assert unseen_tensors(fixed) == [], "put this check in a test"
print("Fixed:", len(list(fixed.parameters())), "parameters,",
      "nothing unseen")
