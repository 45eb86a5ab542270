# What a node keeps for its backward: _saved_* (the values) and
# _raw_saved_* (the SavedTensor objects that hold them).
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
w = torch.tensor([3.0, 4.0], requires_grad=True)
c = torch.tensor([0.5, 0.5])


def saved(t):
    node = t.grad_fn
    names = [a for a in dir(node) if a.startswith("_saved_")]
    return node.name() + ": " + ", ".join(
        f"{a} = {getattr(node, a)!r}" for a in names)


print(saved(x * w))      # each factor, for the other's gradient
print(saved(x * c))      # c needs no gradient, so x is not kept
print(saved(x + w))      # add needs only alpha, no tensor
print(saved(torch.sin(x)))   # sin'(x) = cos(x): keeps its input
print(saved(torch.exp(x)))   # exp'(x) = exp(x): keeps its output
print(type((x * w).grad_fn._raw_saved_self).__name__)

y = x * w
assert y.grad_fn._saved_self is x  # the leaf itself, not a copy
e = torch.exp(x)
assert e.grad_fn._saved_result.equal(e)
