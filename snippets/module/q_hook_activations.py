# Keeping every layer's output with forward hooks, by name; and why a kept
# output can change afterwards: detach() shares memory, and an in-place
# layer (ReLU(inplace=True)) then overwrites it.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(inplace=True), nn.Linear(4, 2))
x = torch.randn(2, 3)
activations, inputs = {}, {}


def keep(name, clone):
    def hook(module, args, output):
        out = output.detach()
        activations[name] = out.clone() if clone else out
        inputs[name] = args[0].detach().clone()   # args: the positional inputs
    return hook


def capture(clone):
    activations.clear()
    handles = [m.register_forward_hook(keep(name, clone))
               for name, m in model.named_modules()
               if name]                      # "" is the model itself
    with torch.no_grad():
        model(x)
    for handle in handles:
        handle.remove()
    return dict(activations)


kept = capture(clone=False)
print("layers kept:", list(kept))
print("'0' kept with detach():       ", kept["0"][0])
kept = capture(clone=True)
print("'0' kept with detach().clone():", kept["0"][0])
with torch.no_grad():
    assert torch.equal(kept["0"], model[0](x))   # the Linear's real output
print("input of '2' is the output of '1':",
      torch.equal(inputs["2"], kept["1"]))
