# The same error for an operator of your own (torchvision::nms is one): a
# kernel registered for CPU only, called with a tensor of another backend.
import torch

lib = torch.library.Library("qdemo", "DEF")  # the namespace qdemo::
lib.define("scale(Tensor x, float factor) -> Tensor")
lib.impl("scale", lambda x, factor: x * factor, "CPU")

scale = torch.ops.qdemo.scale
print("schema:", scale.default._schema)
has = torch._C._dispatch_has_kernel_for_dispatch_key
print("kernel registered for CPU:", has("qdemo::scale", "CPU"),
      "| SparseCPU:", has("qdemo::scale", "SparseCPU"),
      "| Meta:", has("qdemo::scale", "Meta"))
print("a fallback for every op registered for Meta:",
      torch._C._dispatch_has_backend_fallback(torch._C.DispatchKey.Meta))
print("on CPU:", scale(torch.ones(2), 3.0))
sparse = torch.ones(2).to_sparse()
meta = torch.empty(2, 5, device="meta")  # shapes only, no data
for x in (sparse, meta):
    try:
        scale(x, 3.0)
    except NotImplementedError as e:
        print("NotImplementedError:", str(e).split(". ")[0] + ".")
        if "backends: [" in str(e):
            keys = str(e).split("backends: [")[1].split("]")[0]
            print("  only available for these backends:",
                  keys.split(", ")[:3], "...")

# the fixes: a kernel for each key the op must run for; for Meta, a "fake"
# one that computes the output's shape and dtype only
lib.impl("scale", lambda x, factor: x * factor, "SparseCPU")
torch.library.register_fake("qdemo::scale",
                            lambda x, factor: torch.empty_like(x), lib=lib)
print("SparseCPU:", scale(sparse, 3.0).to_dense())
out = scale(meta, 3.0)
print("Meta:", out.shape, out.device)
