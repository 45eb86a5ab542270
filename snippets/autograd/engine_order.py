# The order backward() runs the nodes in: a hook on every node prints
# its name, and the gradients it hands on, as the engine calls it.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
a = x * 2           # MulBackward0
b = torch.exp(x)    # ExpBackward0
y = (a * b).sum()   # MulBackward0, SumBackward0


def nodes(root):
    """Every node reachable from root, each once."""
    seen, todo = [], [root]
    while todo:
        node = todo.pop()
        if node is not None and node not in seen:
            seen.append(node)
            todo += [n for n, _ in node.next_functions]
    return seen


step = iter(range(1, 20))


def r(t):
    return [round(v, 2) for v in t.reshape(-1).tolist()]


for node in nodes(y.grad_fn):
    node.register_hook(
        lambda grad_inputs, grad_outputs, name=node.name():
        print(f"{next(step)}. {name.split('::')[-1]:15} got "
              f"{[r(g) for g in grad_outputs if g is not None]}"))
x.register_hook(lambda g: print(f"{next(step)}. hook on x: {r(g)}"))
x.register_post_accumulate_grad_hook(
    lambda t: print(f"{next(step)}. x.grad is now {r(t.grad)}"))

y.backward()
assert torch.allclose(x.grad, 2 * torch.exp(x) * (1 + x))
