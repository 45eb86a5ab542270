# aten::, prim:: and prims::: three namespaces, two registries.
import warnings

import torch

dispatcher = set(torch._C._dispatch_get_all_op_names())
torchscript = {(s.name + "." + s.overload_name).rstrip(".")
               for s in torch._C._jit_get_all_schemas()}
in_dispatcher = {name.split("::")[0] for name in dispatcher}
in_torchscript = {name.split("::")[0] for name in torchscript}
for ns in ("aten", "prim", "prims"):
    print(f"{ns + '::':7} in the dispatcher: {ns in in_dispatcher!s:5}  "
          f"in TorchScript's registry: {ns in in_torchscript}")
for name in ("aten::add.Tensor", "aten::add.int",
             "prim::Print", "prims::add"):
    print(f"  {name:20} dispatcher: {name in dispatcher!s:5}  "
          f"TorchScript: {name in torchscript}")

# prim:: ops appear where TorchScript builds its graph: constants, lists,
# control flow, around the aten:: ops that do the tensor work
f = torch.jit.CompilationUnit("""
def f(x: Tensor):
    return torch.cat([x, x]) * 2
""").f

for node in f.graph.nodes():
    print("  graph node:", node.kind())
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")

    @torch.jit.script
    def g(x):
        return torch.cat([x, x]) * 2
kinds = [[node.kind() for node in fn.graph.nodes()] for fn in (f, g)]
print("  @torch.jit.script, the same nodes:", kinds[0] == kinds[1],
      "| warns:", [w.category.__name__ for w in caught])

# a `?` after a type in a graph or a schema: the value may be None
h = torch.jit.CompilationUnit("""
def h(x: Tensor, w: Tensor, b: Optional[Tensor], dim: Optional[int]):
    return torch.argmax(torch.nn.functional.linear(x, w, b), dim)
""").h
text = str(h.graph)
print("  the graph's inputs:", " ".join(text[:text.index("):")].split()))
for node in h.graph.nodes():
    if node.kind().startswith("aten::"):
        print("  graph node:", node.kind(), "| schema:", node.schema())
print("  h(x, w, None, None):", h(torch.ones(2, 3), torch.ones(4, 3),
                                   None, None))

# prims:: is primTorch's smaller set, what decompositions lower to
print(torch.ops.prims.mul.default._schema)
print(torch.ops.aten.mul.Tensor._schema)

# aten:: operators that native_functions.yaml declares (torchgen parses it)
import os

import torchgen
from torchgen.gen import parse_native_yaml

native = os.path.join(os.path.dirname(torchgen.__file__), "packaged", "ATen",
                      "native")
declared = {f"aten::{f.func.name}" for f in parse_native_yaml(
    os.path.join(native, "native_functions.yaml"),
    os.path.join(native, "tags.yaml")).native_functions}
aten = {name for name in dispatcher if name.startswith("aten::")}
print(f"aten:: operators in the dispatcher: {len(aten)}, declared in "
      f"native_functions.yaml: {len(aten & declared)}")
