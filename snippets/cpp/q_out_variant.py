# ExecuTorch's "Missing operator: aten::scatter.src_out": the exported graph
# names the functional overload (scatter.src); the program runs its .out
# overload, which the runtime's kernel library must have.
import dataclasses
import warnings

import torch
from torchgen.model import FunctionSchema, SchemaKind

warnings.simplefilter("ignore", FutureWarning)   # one from torch's pytree


class Model(torch.nn.Module):
    def forward(self, x, index):
        return torch.zeros(2, 4).scatter_(1, index, x)   # in place here


ep = torch.export.export(Model(), (torch.ones(2, 2),
                                   torch.tensor([[0, 1], [2, 3]])))
ep = ep.run_decompositions({})          # the ATen graph to_edge starts from
ops = [str(n.target) for n in ep.graph.nodes if n.op == "call_function"]
print("operators in the exported graph:", ops)


# pair a functional overload with the .out overload of the same signature,
# as ExecuTorch's to_out_variant (exir/operator/convert.py) does, with the
# torchgen that ships in the wheel
def out_variant(overload):
    name = overload._schema.name
    schemas = [FunctionSchema.parse(str(s)) for s in
               torch._C._jit_get_schemas_for_operator(name)]
    mine = FunctionSchema.parse(str(overload._schema)).signature()
    for s in schemas:
        if (s.kind() == SchemaKind.out and dataclasses.replace(
                s.signature(), returns=()) == dataclasses.replace(
                mine, returns=())):
            return s


scatter = torch.ops.aten.scatter.src
print("run as:", out_variant(scatter))
out = torch.empty(2, 4)
torch.ops.aten.scatter.src_out(torch.zeros(2, 4), 1,
                               torch.tensor([[0, 1], [2, 3]]),
                               torch.ones(2, 2), out=out)
print("the .out overload in this torch writes into out:", out.tolist())
