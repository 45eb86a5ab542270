# What Module.__init__ puts on every instance, what the OrderedDicts among
# them hold once forward hooks are registered, and _is_full_backward_hook.
from torch import nn

m = nn.Module()
for name, value in vars(m).items():
    print(f"{name:32} {type(value).__name__}")
print(len(vars(m)), "attributes")


def hook(module, args, kwargs, output):
    return None


def pre_hook(module, args, kwargs):
    return None


handle = m.register_forward_hook(hook, with_kwargs=True, always_call=True)
pre = m.register_forward_pre_hook(pre_hook, with_kwargs=True)
print("after handle = m.register_forward_hook(hook, with_kwargs=True, "
      "always_call=True)\n  and pre = m.register_forward_pre_hook(pre_hook, "
      "with_kwargs=True):")
ids = {handle.id: "handle.id", pre.id: "pre.id"}
for name in ("_forward_hooks", "_forward_hooks_with_kwargs",
             "_forward_hooks_always_called", "_forward_pre_hooks",
             "_forward_pre_hooks_with_kwargs"):
    table = getattr(m, name)
    shown = {ids.get(key, key): getattr(value, "__name__", value)
             for key, value in table.items()}
    print(f"  {name:30} {shown}")
m.register_full_backward_hook(lambda module, grad_in, grad_out: None)
print("after m.register_full_backward_hook(...): _is_full_backward_hook =",
      m._is_full_backward_hook)
