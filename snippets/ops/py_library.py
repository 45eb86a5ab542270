# The lower level under custom_op: a Library object holds the registrations it
# makes, a schema with define() and a kernel per dispatch key with impl().
import torch

# "DEF": this library defines the namespace libdemo
lib = torch.library.Library("libdemo", "DEF")
lib.define("scaled_add(Tensor x, Tensor y, float alpha) -> Tensor")


def scaled_add_cpu(x, y, alpha):
    return x + alpha * y


def scaled_add_meta(x, y, alpha):
    return torch.empty_like(x)


lib.impl("scaled_add", scaled_add_cpu, "CPU")
lib.impl("scaled_add", scaled_add_meta, "Meta")

print(torch.ops.libdemo.scaled_add(torch.ones(2), torch.ones(2), 2.0))
m = torch.ones(2, device="meta")
print(torch.ops.libdemo.scaled_add(m, m, 2.0))
# A name already defined cannot be defined again, in this library or another:
try:
    torch.library.Library("libdemo", "FRAGMENT").define(
        "scaled_add(Tensor x, Tensor y, float alpha) -> Tensor")
except RuntimeError as e:
    print("RuntimeError:", str(e).split(". ")[0] + ".")
