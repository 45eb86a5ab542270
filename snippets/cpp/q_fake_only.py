# "Could not run 'cadence::quantized_conv' with arguments from the 'CPU'
# backend": an operator declared for export, with a fake (meta) kernel and
# no CPU kernel in this process. Its real kernels live elsewhere.
import torch

lib = torch.library.Library("mybackend", "DEF")
lib.define("quantized_conv(Tensor x, float scale) -> Tensor")


@torch.library.register_fake("mybackend::quantized_conv", lib=lib)
def _(x, scale):
    return torch.empty_like(x)             # shape and dtype only


op = torch.ops.mybackend.quantized_conv
for key in ("CPU", "Meta"):
    print(f"{key}: computed kernel",
          torch._C._dispatch_has_computed_kernel_for_dispatch_key(
              op.default.name(), key))


class M(torch.nn.Module):
    def forward(self, x):
        return op(x, 0.5)


ep = torch.export.export(M(), (torch.ones(2, 3),))
print("export traces it:", [str(n.target) for n in ep.graph.nodes
                            if n.op == "call_function"])
try:
    ep.module()(torch.ones(2, 3))
except NotImplementedError as e:
    print("running it eagerly:", str(e).split(". ")[0] + ".")

# a CPU kernel, registered the way a backend's Python package or its
# library (torch.ops.load_library) would: now eager runs
lib.impl("quantized_conv", lambda x, scale: x * scale, "CPU")
print("with a CPU kernel:", ep.module()(torch.ones(2, 3))[0].tolist())
