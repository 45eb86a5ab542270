# The backward pass of a 2-D nn.Linear call: the ops each graph node runs,
# recorded the same way as the forward ops.
import inspect

import torch
from torch import nn
from torch.utils._python_dispatch import TorchDispatchMode


class RecordOps(TorchDispatchMode):
    """Notes each aten op (and the shape it returns), then runs it."""

    def __init__(self):
        super().__init__()
        self.ops = []

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        name, overload = func.overloadpacket.__name__, func._overloadname
        if overload != "default":
            name = f"{name}.{overload}"
        out = func(*args, **(kwargs or {}))
        self.ops.append((name, tuple(out.shape)))
        return out


torch.manual_seed(0)
lin = nn.Linear(3, 2)
x = torch.randn(4, 3, requires_grad=True)
leaves = {id(lin.weight): "weight", id(lin.bias): "bias", id(x): "x"}


def graph(loss):
    """Every node of loss's graph, each once."""
    nodes, todo = [], [loss.grad_fn]
    while todo:
        node = todo.pop()
        if node is not None and node not in nodes:
            nodes.append(node)
            todo += [next_node for next_node, _ in node.next_functions]
    return nodes


def node_label(node):
    label = node.name().split("::")[-1]
    if hasattr(node, "variable"):  # AccumulateGrad: name the leaf it fills
        label += f" ({leaves[id(node.variable)]})"
    return label


def backward_ops(loss, *gradient):
    """Run loss.backward(*gradient) under RecordOps; a pre-hook on every
    node marks where that node's ops begin."""
    rec = RecordOps()
    for node in graph(loss):
        node.register_prehook(
            lambda grads, label=node_label(node): rec.ops.append(label))
    with rec:
        loss.backward(*gradient)
    return rec.ops


y = lin(x)
print("graph:", y.grad_fn.name(), "<-",
      [node_label(f) for f, _ in y.grad_fn.next_functions])
print(f"{'node':24} {'op':16} shape")
node = "backward() itself"
for entry in backward_ops(y.sum()):
    if isinstance(entry, str):
        node = entry
        continue
    op, shape = entry
    print(f"{node:24} {op:16} {shape}")
    node = ""

# the seed: for a scalar output, backward() makes the gradient 1 itself
source = inspect.getsource(torch.autograd._make_grads)
print("torch.autograd._make_grads:",
      next(line.strip() for line in source.splitlines()
           if "torch.ones_like(" in line))
one = torch.tensor(1.0)  # made outside the recording
ops = [e[0] for e in backward_ops(lin(x).sum(), one) if isinstance(e, tuple)]
print("loss.backward(torch.tensor(1.0)) starts with", ops[0],
      "| ones_like recorded:", "ones_like" in ops)
