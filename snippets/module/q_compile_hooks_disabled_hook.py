# A forward pre-hook wrapped in torch.compiler.disable(), with model.compile(),
# with model.forward = torch.compile(model.forward) and with a compiled
# function that calls the model: which graphs Dynamo compiles, and where the
# hook runs. Then model.compile() on an nn.Sequential without any hook.
import re
from pathlib import Path

import torch
from torch import nn

graphs = []


def backend(gm, example_inputs):  # keeps what each graph calls
    graphs.append([getattr(node.target, "__name__", node.target)
                   for node in gm.graph.nodes if node.op.startswith("call")])
    return gm.forward


def make():  # the thread's model, on the CPU
    torch.manual_seed(0)
    return nn.Sequential(nn.Linear(16, 16), nn.GELU(), nn.Linear(16, 16))


hook_ran = []


@torch.compiler.disable()
def hook(module, args):
    hook_ran.append(torch.compiler.is_compiling())


def compute_loss(model, x, target):
    return ((model(x) - target) ** 2).mean()


x, target = torch.randn(4, 16), torch.randn(4, 16)
expected = make()(x)


def show(label, setup, pre_hook=hook):
    torch._dynamo.reset()
    graphs.clear()
    hook_ran.clear()
    model = make()
    if pre_hook is not None:
        model.register_forward_pre_hook(pre_hook)
    out = setup(model)
    if out.dim():
        assert torch.allclose(out, expected)
    where = " | hook ran eagerly" if hook_ran == [False] else ""
    print(f"{label}: graphs {graphs}{where}")


def with_compile(model):
    model.compile(backend=backend)
    return model(x)


def with_forward(model):
    model.forward = torch.compile(model.forward, backend=backend)
    return model(x)


def with_loss(model):
    return torch.compile(compute_loss, backend=backend)(model, x, target)


def with_torch_compile(model):
    return torch.compile(model, backend=backend)(x)


show("model.compile()", with_compile)
show("model.forward = torch.compile(model.forward)", with_forward)
show("torch.compile(compute_loss)", with_loss)
show("a hook not disabled, torch.compile(compute_loss)", with_loss,
     pre_hook=lambda module, args: None)

# model.compile() compiles Module._call_impl, whose file Dynamo does not start
# tracing in: the hooks run eagerly, and Dynamo may start at forward.
site = str(Path(torch.__file__).parent.parent) + "/"
rule = torch._dynamo.trace_rules.check_verbose(nn.Module._call_impl.__code__)
print("_call_impl skipped:", rule.skipped, "|",
      re.sub(re.escape(site), "", rule.reason))

# A torch.nn container's forward is in torch/nn too: with no hook at all,
# model.compile() compiles nothing in torch 2.13.0. The other three ways do.
show("no hook, model.compile()", with_compile, pre_hook=None)
show("no hook, torch.compile(model)", with_torch_compile, pre_hook=None)
show("no hook, model.forward = torch.compile(model.forward)", with_forward,
     pre_hook=None)
show("no hook, torch.compile(compute_loss)", with_loss, pre_hook=None)
torch._dynamo.reset()
