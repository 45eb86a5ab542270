# Forward hooks registered on submodules after the first compiled call do
# not run, and nothing recompiles for them: Dynamo read the submodules' hook
# dictionaries while they were empty, and by default it installs no guard on
# an empty one. They run once something else recompiles. The fixes: register
# first, let Dynamo guard on them, or reset.
import torch
from torch import nn

graphs = []


def backend(gm, example_inputs):  # counts the graphs Dynamo compiles
    graphs.append(gm)
    return gm.forward


def make():  # a small stand-in for the thread's model
    torch.manual_seed(0)
    return nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 16),
                         nn.ReLU(), nn.Linear(16, 4), nn.ReLU())


def hook_linears(model, dest, disable=False):
    """A forward hook on each Linear; returns their handles."""
    handles = []
    for name, m in model.named_modules():
        if isinstance(m, nn.Linear):
            def hook(m, args, output, name=name):
                dest[name] = output.detach()
            if disable:  # as in the thread
                hook = torch._dynamo.disable(hook)
            handles.append(m.register_forward_hook(hook))
    return handles


def fresh():
    """Forget what Dynamo compiled; a new model and its compiled wrapper."""
    torch._dynamo.reset()
    graphs.clear()
    model = make()
    return model, torch.compile(model, backend=backend)


x = torch.randn(4, 8)


def attempt(label, compiled, dest, inp=x, calls=False):
    dest.clear()
    compiled(inp)
    print(f"{label}: hooks ran on {sorted(dest)} | graphs compiled: "
          f"{len(graphs)}")
    if calls:  # what each graph calls
        print("  ", [[getattr(node.target, "__name__", node.target)
                      for node in gm.graph.nodes if node.op.startswith("call")]
                     for gm in graphs])


# 1. The report: compile, call once, then register the hooks.
model, compiled = fresh()
compiled(x)  # compilation is triggered here
dest = {}
handles = hook_linears(model, dest)
attempt("registered after the first call", compiled, dest)
dest.clear()
model(x)
print("the same model, eager:", sorted(dest))
print("torch._dynamo.config.skip_nnmodule_hook_guards =",
      torch._dynamo.config.skip_nnmodule_hook_guards)
# Another batch size fails a guard of the first graph: Dynamo compiles again,
# and the new graph traces the hooks.
attempt("then a batch of 5 rows", compiled, dest, torch.randn(5, 8))

# 2. Fix: register the hooks before the first compiled call.
model, compiled = fresh()
dest = {}
handles = hook_linears(model, dest)
attempt("registered before the first call", compiled, dest)
# A hook dictionary that was not empty when traced is guarded on its length:
# removing the hooks recompiles, even by default.
for handle in handles:
    handle.remove()
attempt("then removed", compiled, dest)

# 3. Fix: guard on the hook dictionaries, so that adding a hook recompiles.
# The flag matters when the graph is compiled, at the first call: the guards
# it decides on stay with that graph.
model, compiled = fresh()
with torch._dynamo.config.patch(skip_nnmodule_hook_guards=False):
    compiled(x)
dest = {}
handles = hook_linears(model, dest)
attempt("guarded, registered after the first call", compiled, dest)
for handle in handles:
    handle.remove()
attempt("guarded, hooks removed", compiled, dest)

# 4. Fix: drop what was compiled, so that the next call traces again.
model, compiled = fresh()
compiled(x)
dest = {}
hook_linears(model, dest)
torch.compiler.reset()
attempt("registered, then torch.compiler.reset()", compiled, dest)

# 5. The thread's hooks are wrapped in torch._dynamo.disable: registered
# late they do not run either; registered first they run, and each Linear
# is compiled alone: the ReLUs are in no graph.
for when in ("after", "before"):
    model, compiled = fresh()
    dest = {}
    if when == "after":
        compiled(x)
    hook_linears(model, dest, disable=True)
    attempt(f"the thread's disabled hooks, registered {when} the first call",
            compiled, dest, calls=True)
torch._dynamo.reset()
