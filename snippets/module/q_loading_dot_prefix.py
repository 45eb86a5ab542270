# A state_dict hook that saves a custom attribute under prefix + "." + name
# makes ".sharded" at the root and "child..sharded" below it: the prefix a
# module hands its hooks is "" at the root and already ends with "." below.
import torch
from torch import nn


def show_prefix(module, prefix, keep_vars):        # a state_dict pre-hook
    print(f"  {type(module).__name__} gets prefix {prefix!r}")


def save_dotted(module, state_dict, prefix, local_metadata):
    state_dict[prefix + "." + "sharded"] = module.sharded


def save_joined(module, state_dict, prefix, local_metadata):
    state_dict[prefix + "sharded"] = module.sharded


def load_joined(module, state_dict, prefix, *args):   # load pre-hook
    module.sharded = state_dict.pop(prefix + "sharded")


class Holder(nn.Module):
    def __init__(self, save_hook, load_hook=None):
        super().__init__()
        self.regular = nn.Parameter(torch.ones(2))
        self.sharded = torch.zeros(2)      # a plain attribute, not state
        self.register_state_dict_post_hook(save_hook)
        if load_hook is not None:
            self.register_load_state_dict_pre_hook(load_hook)


class Outer(nn.Module):
    def __init__(self, holder):
        super().__init__()
        self.child = holder


print("prefixes:")
model = Outer(Holder(save_dotted))
for m in model.modules():
    m.register_state_dict_pre_hook(show_prefix)
model.state_dict()

for hook in (save_dotted, save_joined):
    root = Holder(hook).state_dict()
    below = Outer(Holder(hook)).state_dict()
    print(f"{hook.__name__}: root {list(root)}  below {list(below)}")

keys = list(Outer(Holder(save_joined)).state_dict())
assert keys == ["child.regular", "child.sharded"]

# Loading: a load pre-hook gets the same prefix, reads its key and pops it,
# so strict=True finds no unexpected key.
source = Outer(Holder(save_joined))
source.child.sharded = torch.full((2,), 7.0)
checkpoint = source.state_dict()
for model in (Holder(save_joined, load_joined),
              Outer(Holder(save_joined, load_joined))):
    state = checkpoint if isinstance(model, Outer) else \
        {k.removeprefix("child."): v for k, v in checkpoint.items()}
    result = model.load_state_dict(state, strict=True)
    holder = model.child if isinstance(model, Outer) else model
    print(f"load {type(model).__name__}: {result}, sharded "
          f"{holder.sharded.tolist()}")
    assert torch.equal(holder.sharded, torch.full((2,), 7.0))
