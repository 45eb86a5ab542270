# "Creating a new Tensor subclass ... but the raw Tensor object is already
# associated to a python object of type Tensor": a subclass made from a tensor
# while a TorchDispatchMode is active, and how to keep the autograd history.
import torch
from torch.utils._python_dispatch import (TorchDispatchMode,
                                          _disable_current_modes)


class Log(TorchDispatchMode):
    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        print("  the mode saw", func)
        return func(*args, **(kwargs or {}))


class MyTensor(torch.Tensor):
    pass


t1 = torch.ones(3, requires_grad=True)
t2 = t1 * 2                                  # has autograd history
print("no mode, MyTensor(t2):", type(MyTensor(t2)).__name__)
with Log():
    try:
        MyTensor(t2)                         # the constructor calls alias
    except RuntimeError as e:
        print("under the mode, MyTensor(t2): RuntimeError:", e)

    # fix 1: as_subclass, which in this torch does not reach the mode
    m = t2.as_subclass(MyTensor)
    print("t2.as_subclass(MyTensor):", type(m).__name__, "| history:",
          type(m.grad_fn).__name__, "->",
          type(m.grad_fn.next_functions[0][0]).__name__)

    # fix 2 (also where as_subclass failed): no mode while making it
    with _disable_current_modes():
        m2 = MyTensor(t2)
    print("MyTensor(t2) with the modes off:", type(m2).__name__,
          type(m2.grad_fn).__name__)

# _make_subclass makes a new leaf: the history is gone
print("_make_subclass(MyTensor, t2):",
      torch.Tensor._make_subclass(MyTensor, t2, True).grad_fn)
m.sum().backward()                           # the gradient reaches t1
assert t1.grad.tolist() == [2.0, 2.0, 2.0]
print("t1.grad after m.sum().backward():", t1.grad.tolist())
