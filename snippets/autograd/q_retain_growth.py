# Why memory grows with retain_graph=True every step: the state carried
# from step to step links each new graph to all the old ones, and
# retain_graph=True keeps all of them, with what they saved, alive.
import torch
from torch import nn


def graph_size(t):
    """The number of autograd nodes a backward from t would go through."""
    seen, todo = set(), [t.grad_fn]
    while todo:
        node = todo.pop()
        if node is not None and node not in seen:
            seen.add(node)
            todo.extend(next_node for next_node, _ in node.next_functions)
    return len(seen)


torch.manual_seed(0)
rnn = nn.RNNCell(3, 4)
xs = torch.randn(5, 2, 3)
for carry in ("h", "h.detach()"):
    h, sizes = torch.zeros(2, 4), []
    for x in xs:
        h = rnn(x, h if carry == "h" else h.detach())
        loss = h.pow(2).mean()
        sizes.append(graph_size(loss))
        loss.backward(retain_graph=True)
    print(f"carry {carry:<11} nodes behind each step's loss: {sizes}")
