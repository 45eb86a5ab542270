# Modules "missing" from an nn.ModuleDict built from a plain dict: every key
# is registered, but modules()/named_modules()/parameters() give each module
# object once, a repeated key keeps only its last value, and a None child is
# skipped.
from torch import nn

act = nn.LeakyReLU(0.1)               # one activation object reused
block = {"conv1": nn.Conv2d(3, 4, 1), "act1": act,
         "conv2": nn.Conv2d(4, 4, 1), "act2": act}
layers = nn.ModuleDict(block)
print("keys():", list(layers.keys()),
      "| act1 is act2:", layers["act1"] is layers["act2"])
print("named_modules():", [n for n, _ in layers.named_modules()])
print("remove_duplicate=False:",
      [n for n, _ in layers.named_modules(remove_duplicate=False)])

# A plain dict keeps one value per key: ids repeated in a config overwrite.
config = [{"id": "layer_1", "out": 4}, {"id": "layer_2", "out": 8},
          {"id": "layer_2", "out": 16}]
built = {c["id"]: nn.Conv2d(3, c["out"], 1) for c in config}
print("3 layers in the config, in the dict:", list(built),
      "| layer_2 has", built["layer_2"].out_channels, "channels")


# An optional layer switched off with None is no module at all: assigning
# None to a new name makes a plain attribute, and no walk lists it.
class Layer(nn.Module):
    def __init__(self, bnorm=True):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 1)
        self.bnorm = nn.BatchNorm2d(4) if bnorm else None


optional = nn.ModuleDict({"a": Layer(), "b": Layer(bnorm=False)})
print("None child:", [n for n, _ in optional.named_modules()],
      "| b.bnorm:", optional["b"].bnorm,
      "| registered:", "bnorm" in optional["b"]._modules)

# The fix for the first cause: one new object for every key.
fixed = nn.ModuleDict({"conv1": nn.Conv2d(3, 4, 1), "act1": nn.LeakyReLU(0.1),
                       "conv2": nn.Conv2d(4, 4, 1), "act2": nn.LeakyReLU(0.1)})
names = [n for n, _ in fixed.named_modules() if n]
assert names == list(fixed.keys())
print("one object per key:", names)
