# "aten::_unique2: attempted to run this operator with Meta tensors, but
# there was no fake impl or Meta kernel registered": an ATen operator with
# no Meta kernel. Some cannot have one: their output's shape is in the data.
import torch

m = torch.ones(4, device="meta")
for name, call in (("torch.unique(m)", lambda: torch.unique(m)),
                   ("torch.nonzero(m)", lambda: torch.nonzero(m)),
                   ("torch.histogram(m, 3)", lambda: torch.histogram(m, 3))):
    try:
        call()
    except NotImplementedError as e:
        print(f"{name}: NotImplementedError: {str(e).split('. ')[0]}.")
has = torch._C._dispatch_has_kernel_for_dispatch_key
for op in ("aten::_unique2", "aten::nonzero", "aten::histogram.bin_ct",
           "aten::sort"):
    print(f"{op} has a Meta kernel: {has(op, 'Meta')}")

# unique: how many values come out depends on the values; run it on real
# data (before the model is moved to meta, or on the CPU)
print("torch.unique on the CPU:", torch.unique(torch.tensor([3, 1, 3])))


# histogram: the shapes follow from the arguments, so a Meta kernel can
# exist; torch has none here, and one can be registered for the key
def histogram_meta(self, bins=100, *, range=None, weight=None,
                   density=False):
    return self.new_empty(bins), self.new_empty(bins + 1)


lib = torch.library.Library("aten", "IMPL")   # keep it: it holds the kernel
lib.impl("histogram.bin_ct", histogram_meta, "Meta")
hist, edges = torch.histogram(m, 3)
print("with a Meta kernel:", hist.shape, edges.shape, hist.device)
