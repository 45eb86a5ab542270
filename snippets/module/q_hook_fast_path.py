# Forward hooks that never run: a hook runs only when its module is called
# as a module, and a layer may use a child's weights, or one fused kernel,
# instead of calling the child.
import inspect

import torch
from torch import nn
from torch.nn.modules.module import register_module_forward_hook

torch.manual_seed(0)
layer = nn.TransformerEncoderLayer(d_model=8, nhead=2, batch_first=True).eval()
x = torch.randn(2, 5, 8)


def modules_called(run):
    """Which modules a call calls: a global hook sees every module call."""
    called = []
    handle = register_module_forward_hook(
        lambda m, args, out: called.append(type(m).__name__))
    with torch.no_grad():
        run()
    handle.remove()
    return called


# 1. The inference fast path: eval mode and no gradients, one fused call.
print("fast path:    ", modules_called(lambda: layer(x)))
torch.backends.mha.set_fastpath_enabled(False)
print("fast path off:", modules_called(lambda: layer(x)))
torch.backends.mha.set_fastpath_enabled(True)

# 2. A hook on a module inside the layer turns the fast path off, in this
# torch: TransformerEncoderLayer.forward checks for hooks itself.
source = inspect.getsource(nn.TransformerEncoderLayer.forward)
print("the check:", [line.strip() for line in source.splitlines()
                     if "hooks are attached" in line][0])
seen = []
layer.self_attn.register_forward_hook(lambda m, args, out: seen.append(out))
with torch.no_grad():
    layer(x)
print("hook on self_attn, eval and no_grad: calls", len(seen),
      "| attention weights:", seen[0][1])

# 3. A child whose weights the parent uses is never called: no hook runs.
outs = []
layer.self_attn.out_proj.register_forward_hook(
    lambda m, a, out: outs.append(out))
layer.train()
layer(x)
print("hook on self_attn.out_proj, training: calls", len(outs))


# The layer asks self_attn for no weights (need_weights=False). A forward
# pre-hook with kwargs can ask for them; the hook on self_attn then has them.
def want_weights(module, args, kwargs):
    return args, {**kwargs, "need_weights": True,
                  "average_attn_weights": False}


layer.self_attn.register_forward_pre_hook(want_weights, with_kwargs=True)
seen.clear()
layer.eval()
with torch.no_grad():
    layer(x)
print("with the pre-hook: attention weights", tuple(seen[0][1].shape),
      "(batch, heads, query, key)")
assert seen[0][1].shape == (2, 2, 5, 5)
