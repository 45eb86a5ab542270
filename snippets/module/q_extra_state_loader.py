# A loader that maps every state_dict key to a parameter or buffer trips over
# `_extra_state`: the key names no attribute. Handle it by the key's suffix:
# hand the value to the owning module's set_extra_state, or let
# load_state_dict do it.
import runpy

import torch

# ScaledLinear (its `scale` is extra state) and build(), a two-layer model.
build = runpy.run_path("snippets/module/scaled_linear.py")["build"]

torch.manual_seed(0)
trained = build()
trained[0].scale = torch.tensor([0.25])
sd = trained.state_dict()

# 1. Every key looked up among parameters and buffers.
fresh = build()
tensors = dict(fresh.named_parameters()) | dict(fresh.named_buffers())
try:
    with torch.no_grad():
        for key, value in sd.items():
            tensors[key].copy_(value)
except KeyError as e:
    print(f"{type(e).__name__}: {e}")

# 2. Every key resolved to an attribute.
try:
    fresh.get_parameter("0._extra_state")
except AttributeError as e:
    print(f"{type(e).__name__}: {e}")

# 3. Keys filtered down to parameters and buffers: loads, loses the state.
loaded = build()
tensor_keys = {k: v for k, v in sd.items() if k in tensors}
print("tensors only:", loaded.load_state_dict(tensor_keys, strict=False))
print("scale after loading tensors only:", loaded[0].scale)


# Fix: route each `_extra_state` key to its module; copy the rest.
def load_with_extra_state(model, sd):
    tensors = dict(model.named_parameters()) | dict(model.named_buffers())
    with torch.no_grad():
        for key, value in sd.items():
            module_path, _, name = key.rpartition(".")
            if name == "_extra_state":
                model.get_submodule(module_path).set_extra_state(value)
            else:
                tensors[key].copy_(value)


fixed = build()
# A root module's entry is "_extra_state": its module path is "", the model.
assert "_extra_state".rpartition(".")[0] == ""
assert fixed.get_submodule("") is fixed
load_with_extra_state(fixed, sd)
print("scale after the fix:", fixed[0].scale)
assert torch.equal(fixed[0].scale, trained[0].scale)
# Or let nn.Module do it: load_state_dict calls set_extra_state.
other = build()
print("load_state_dict:", other.load_state_dict(sd),
      "| scale:", other[0].scale)
assert torch.equal(other[0].scale, trained[0].scale)
for model in (fixed, other):                     # every weight and bias too
    for key, value in model.state_dict().items():
        if not key.endswith("_extra_state"):
            assert torch.equal(value, sd[key]), key
