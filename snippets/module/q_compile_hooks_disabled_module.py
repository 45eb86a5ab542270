# torch.compiler.disable(submodule) wraps the submodule in an OptimizedModule
# whose forward calls the original module's __call__ with Dynamo off: the
# original's hooks run eagerly, not traced. A hook registered on the wrapper
# is outside that call, and is traced.
import torch
from torch import nn

graphs = []


def backend(gm, example_inputs):  # keeps what each graph calls
    graphs.append([getattr(node.target, "__name__", node.target)
                   for node in gm.graph.nodes if node.op.startswith("call")])
    return gm.forward


class SimpleModel(nn.Module):  # the thread's model
    def __init__(self):
        super().__init__()
        self.layer0 = nn.Linear(4, 4)
        self.layer1 = nn.Linear(4, 4)

    def forward(self, inp):
        z = self.layer0(inp)
        return self.layer1(z)


def hook(module, args):
    return (args[0].sin().cos(),)


x = torch.randn(4)


def show(label, model):
    torch._dynamo.reset()
    graphs.clear()
    expected = model(x)
    out = torch.compile(model, backend=backend)(x)
    assert torch.allclose(out, expected)
    print(f"{label}: graphs {graphs}")


torch.manual_seed(0)
model = SimpleModel()
model.layer0.register_forward_pre_hook(hook)
show("hook on layer0, nothing disabled", model)

# The report: register the hook, then disable the submodule.
torch.manual_seed(0)
model = SimpleModel()
model.layer0.register_forward_pre_hook(hook)
model.layer0 = torch.compiler.disable(model.layer0)
show("hook on layer0, then layer0 disabled", model)
print("model.layer0 is now:", type(model.layer0).__name__,
      "| its _orig_mod:", type(model.layer0._orig_mod).__name__)
print("state_dict keys:", list(model.state_dict()))

# A hook registered on what torch.compiler.disable returned is the wrapper's.
torch.manual_seed(0)
model = SimpleModel()
model.layer0 = torch.compiler.disable(model.layer0)
model.layer0.register_forward_pre_hook(hook)
show("layer0 disabled, then a hook on the wrapper", model)

torch.manual_seed(0)
model = SimpleModel()
model.layer0 = torch.compiler.disable(model.layer0)
model.layer0._orig_mod.register_forward_pre_hook(hook)
show("layer0 disabled, then a hook on its _orig_mod", model)

# Disabling only the hook keeps the layer compiled, and its keys.
torch.manual_seed(0)
model = SimpleModel()
model.layer0.register_forward_pre_hook(torch.compiler.disable(hook))
show("only the hook disabled", model)
print("state_dict keys:", list(model.state_dict()))
torch._dynamo.reset()
