# Forward hooks on every layer of a compiled model. Registered before the
# first call, all of them run, torch.nn's own layers included, and see the
# outputs eager mode gives them. Registered after it, only the hook on the
# model passed to torch.compile runs.
import torch
from torch import nn


class Bottleneck(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.conv1 = nn.Conv2d(channels, channels, 1)
        self.bn1 = nn.BatchNorm2d(channels)
        self.relu = nn.ReLU()

    def forward(self, x):
        return self.relu(self.bn1(self.conv1(x)) + x)


class TinyResNet(nn.Module):  # a stand-in for torchvision's resnet50
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 4, 3, padding=1)
        self.bn1 = nn.BatchNorm2d(4)
        self.relu = nn.ReLU()
        self.layer1 = nn.Sequential(Bottleneck(4), Bottleneck(4))
        self.fc = nn.Linear(4, 2)

    def forward(self, x):
        x = self.layer1(self.relu(self.bn1(self.conv1(x))))
        return self.fc(x.mean((2, 3)))


def record(model, outputs):
    """A forward hook on every module, keeping its output under its name."""
    handles = []
    for name, module in model.named_modules():
        def hook(module, args, output, name=name or "<model>"):
            outputs[name] = output.detach()
        handles.append(module.register_forward_hook(hook))
    return handles


graphs = []


def backend(gm, example_inputs):  # keeps what each graph calls
    graphs.append([getattr(node.target, "__name__", node.target)
                   for node in gm.graph.nodes if node.op.startswith("call")])
    return gm.forward


torch.manual_seed(0)
model = TinyResNet().eval()
x = torch.randn(2, 3, 8, 8)

eager = {}
handles = record(model, eager)
model(x)
for handle in handles:
    handle.remove()
print(f"eager: {len(eager)} modules recorded:", ", ".join(eager))

# 1. Hooks registered before the first compiled call: every one runs.
seen = {}
record(model, seen)
compiled = torch.compile(model, backend=backend)
compiled(x)
print(f"hooked before the first call: {len(seen)} recorded | graphs compiled: "
      f"{len(graphs)}, forward's of {len(graphs[0])} calls "
      f"({graphs[0].count('detach')} of them detach) and {graphs[1]}")
assert seen.keys() == eager.keys()
assert all(torch.allclose(seen[name], eager[name]) for name in eager)

# 2. Hooks registered after the first compiled call: only the model's own.
torch._dynamo.reset()
graphs.clear()
torch.manual_seed(0)
late_model = TinyResNet().eval()
late_compiled = torch.compile(late_model, backend=backend)
late_compiled(x)  # the first call compiles
late = {}
record(late_model, late)
late_compiled(x)
print(f"hooked after the first call: {len(late)} recorded:", ", ".join(late),
      f"| graphs compiled: {len(graphs)}, forward's of {len(graphs[0])} calls "
      f"({graphs[0].count('detach')} of them detach) and {graphs[1]}")
late_model(x)  # eager: the hooks are there
print(f"the same model called eagerly: {len(late)} recorded")
torch._dynamo.reset()
