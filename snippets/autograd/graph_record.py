# The graph autograd records while y = sin(x * w).sum() runs, walked from
# y.grad_fn through next_functions.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
w = torch.tensor([3.0, 4.0], requires_grad=True)
c = torch.tensor([0.5, 0.5])  # a constant: requires_grad=False

y = (torch.sin(x * w) + c).sum()
names = {id(x): "x", id(w): "w"}


def walk(node, depth=0):
    if node is None:  # an input that needs no gradient: no edge
        print("  " * depth + "None")
        return
    label = node.name()
    if hasattr(node, "variable"):  # AccumulateGrad: the leaf it fills
        label += f" -> writes {names[id(node.variable)]}.grad"
    print("  " * depth + label)
    for child, _ in node.next_functions:
        walk(child, depth + 1)


walk(y.grad_fn)
print("y.grad_fn:", y.grad_fn.name(), " x.grad_fn:", x.grad_fn)
mul = y.grad_fn.next_functions[0][0].next_functions[0][0] \
    .next_functions[0][0]
print("edges of MulBackward0:", [(n.name(), i) for n, i in
                                 mul.next_functions])
assert mul.next_functions[0][0].variable is x

# The index is which output of the forward operation the tensor was:
# unbind made p and q, outputs 0 and 1, and has one node for both.
p, q = w.unbind()
print("edges of (q * p)'s node:", [(n.name(), i) for n, i in
                                   (q * p).grad_fn.next_functions])
