# Inside a gradient hook, an operation on a Tensor subclass gives a plain
# Tensor: the backward call went through the subclass's __torch_function__,
# and the whole backward pass, hooks included, runs inside it.
import torch
from torch.utils._pytree import tree_map_only


class Tagged(torch.Tensor):  # the default __torch_function__
    pass


a = torch.tensor([1.0, 2.0, 3.0]).as_subclass(Tagged)
b = torch.tensor([1.0, 2.0, 3.0]).as_subclass(Tagged).requires_grad_()
seen = []
b.register_hook(lambda grad: seen.append(
    (type(a[:1]).__name__, type(grad).__name__,
     torch._C._is_torch_function_enabled())))
print("outside the hook: a[:1] is", type(a[:1]).__name__,
      "| loss is", type(b.sum()).__name__)

calls = {
    "loss.backward()": lambda loss: loss.backward(),
    "torch.autograd.backward(loss)": torch.autograd.backward,
    "torch.autograd.grad(loss, b)": lambda loss: torch.autograd.grad(loss, b),
    # the fix: start backward from a plain Tensor
    "loss.as_subclass(torch.Tensor).backward()":
        lambda loss: loss.as_subclass(torch.Tensor).backward(),
}
print(f"{'backward started by':42} a[:1]   grad    subclass handling on")
for name, call in calls.items():
    call(b.sum())
    a_type, grad_type, enabled = seen[-1]
    print(f"{name:42} {a_type:7} {grad_type:7} {enabled}")
assert torch.equal(b.grad, torch.full((3,), 3.0))  # three backward passes


# the other fix inside the hook itself: switch the handling on again
def hook(grad):
    with torch._C._EnableTorchFunction():
        seen.append(type(a[:1]).__name__)


b.register_hook(hook)
b.sum().backward()
print("hook under _EnableTorchFunction: a[:1] is", seen[-1])


class Wrapped(torch.Tensor):  # a __torch_dispatch__ wrapper subclass
    @staticmethod
    def __new__(cls, elem):
        return torch.Tensor._make_wrapper_subclass(
            cls, elem.shape, dtype=elem.dtype,
            requires_grad=elem.requires_grad)

    def __init__(self, elem):
        self.elem = elem

    @classmethod
    def __torch_dispatch__(cls, func, types, args=(), kwargs=None):
        args, kwargs = tree_map_only(cls, lambda t: t.elem,
                                     (args, kwargs or {}))
        return tree_map_only(torch.Tensor, cls, func(*args, **kwargs))


a = Wrapped(torch.tensor([1.0, 2.0, 3.0]))
b = Wrapped(torch.tensor([1.0, 2.0, 3.0])).requires_grad_()
b.register_hook(lambda grad: seen.append(
    (type(a[:1]).__name__, type(grad).__name__)))
b.sum().backward()
print("Wrapped, loss.backward(): a[:1] is %s, grad is %s" % seen[-1])
