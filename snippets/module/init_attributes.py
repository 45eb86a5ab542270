# What Module.__init__ puts on every instance, and what the OrderedDicts
# among them hold once a forward hook is registered.
from torch import nn

m = nn.Module()
for name, value in vars(m).items():
    print(f"{name:32} {type(value).__name__}")
print(len(vars(m)), "attributes")


def hook(module, args, kwargs, output):
    return None


handle = m.register_forward_hook(hook, with_kwargs=True, always_call=True)
print("after m.register_forward_hook(hook, with_kwargs=True, "
      "always_call=True):")
for name in ("_forward_hooks", "_forward_hooks_with_kwargs",
             "_forward_hooks_always_called"):
    table = getattr(m, name)
    shown = {"handle.id" if key == handle.id else key:
             getattr(value, "__name__", value) for key, value in table.items()}
    print(f"  {name:30} {shown}")
