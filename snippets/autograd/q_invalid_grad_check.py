# What the engine checks after each node's backward: gradient i goes along
# edge i (next_functions[i]) and must fit what the node at its other end
# recorded for it when it was made (_input_metadata: shape, dtype, device).
# Calling a node yourself runs its backward without that check.
import torch
from torch import nn

torch.manual_seed(0)
lin = nn.Linear(4, 2)
x = torch.randn(3, 4, requires_grad=True)
out = lin(x)                       # addmm(bias, x, weight.t())
node = out.grad_fn
names = {id(lin.bias): "lin.bias", id(x): "x", id(lin.weight): "lin.weight"}


def describe(fn):
    if type(fn).__name__ == "AccumulateGrad":
        return f"AccumulateGrad of {names[id(fn.variable)]}"
    return type(fn).__name__


print(type(node).__name__, "has", len(node.next_functions), "edges:")
for i, (fn, nr) in enumerate(node.next_functions):
    meta = fn._input_metadata[nr]
    print(f"  index {i}: {describe(fn)},",
          f"recorded {list(meta.shape)} {meta.dtype}")
t_node = node.next_functions[2][0]
print("  TBackward0's index 0:", describe(t_node.next_functions[0][0]),
      list(t_node.next_functions[0][0]._input_metadata[0].shape))

# What the node itself returns, before the engine checks it:
raw = node(torch.ones(3, 2))
print("AddmmBackward0 returns shapes", [list(g.shape) for g in raw])
out.backward(torch.ones(3, 2))
print("lin.bias.grad:", lin.bias.grad.tolist(),
      "= the [3, 2] gradient summed to the recorded [2]")
assert torch.equal(lin.bias.grad, raw[0].sum(dim=0))
