# "cannot register a hook on a tensor that doesn't require gradient": a
# pruning-style hook loop over model.parameters() meets a frozen parameter.
# The fix skips frozen parameters; a parameter unfrozen after the loop has
# no hook.
import torch
from torch import nn

torch.manual_seed(0)


def make_model():
    model = nn.Sequential(nn.Linear(3, 3), nn.Linear(3, 1))
    for p in model[0].parameters():          # freeze the first layer
        p.requires_grad_(False)
    return model


def mask_grad(name):
    def hook(grad):
        print(f"  hook on {name}: gradient {tuple(grad.shape)}")
        return grad                          # a pruner would zero some
    return hook


model = make_model()
for name, p in model.named_parameters():
    try:
        p.register_hook(mask_grad(name))
    except RuntimeError as e:
        print(f"{name}: register_hook:\n  {type(e).__name__}: {e}")
        break
try:
    model[0].weight.register_post_accumulate_grad_hook(lambda p: None)
except RuntimeError as e:
    print(f"0.weight: register_post_accumulate_grad_hook:\n"
          f"  {type(e).__name__}: {e}")

# The fix: hook only what will get a gradient.
model = make_model()
hooked = [name for name, p in model.named_parameters()
          if p.requires_grad and p.register_hook(mask_grad(name))]
print("hooked:", hooked)
model(torch.ones(2, 3)).sum().backward()

# Unfrozen after the loop: it trains, but its hook was never registered.
model[0].weight.requires_grad_(True)
model.zero_grad()
print("after unfreezing 0.weight:")
model(torch.ones(2, 3)).sum().backward()
assert model[0].weight.grad is not None
print("0.weight.grad:", tuple(model[0].weight.grad.shape),
      "| its hooks:", model[0].weight._backward_hooks)
