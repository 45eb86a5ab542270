# aten::, prim:: and prims::: three namespaces, two registries.
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

# prims:: is primTorch's smaller set, what decompositions lower to
print(torch.ops.prims.mul.default._schema)
print(torch.ops.aten.mul.Tensor._schema)
