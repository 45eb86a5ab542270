# Parent and Child both override __torch_function__: which handler runs?
# Each handler logs its name on entry; "Child > Parent" means Parent's
# handler ran inside Child's (Child called super().__torch_function__).
import warnings

import torch

calls = []


class Parent(torch.Tensor):
    @classmethod
    def __torch_function__(cls, func, types, args=(), kwargs=None):
        calls.append("Parent")
        return super().__torch_function__(func, types, args, kwargs)


class Child(Parent):
    @classmethod
    def __torch_function__(cls, func, types, args=(), kwargs=None):
        calls.append("Child")
        return super().__torch_function__(func, types, args, kwargs)


def show(label, call):
    calls.clear()
    with warnings.catch_warnings(record=True):   # PlainChild's deprecation
        out = call()
    print(f"{label:<26} {' > '.join(calls):<20} result {type(out).__name__}")
    return calls[0]


p = torch.ones(2).as_subclass(Parent)
c = torch.ones(2).as_subclass(Child)
assert show("torch.add(c, 1)", lambda: torch.add(c, 1)) == "Child"
assert show("torch.add(p, c)", lambda: torch.add(p, c)) == "Child"
assert show("torch.add(c, p)", lambda: torch.add(c, p)) == "Child"
assert show("p + c (a Parent method)", lambda: p + c) == "Child"
assert show("torch.cat([p, c])", lambda: torch.cat([p, c])) == "Child"


class PlainChild(Parent):     # no @classmethod: deprecated, still first
    def __torch_function__(self, func, types, args=(), kwargs=None):
        calls.append("PlainChild")
        return super().__torch_function__(func, types, args, kwargs)


pc = torch.ones(2).as_subclass(PlainChild)
assert show("torch.add(p, plain child)", lambda: torch.add(p, pc)) == \
    "PlainChild"


class Inherits(Parent):       # no handler of its own: Parent's, cls=Inherits
    pass


inh = torch.ones(2).as_subclass(Inherits)
assert show("torch.add(p, Inherits)", lambda: torch.add(p, inh)) == "Parent"


class Declines(Parent):       # returns NotImplemented: Parent's is asked next
    @classmethod
    def __torch_function__(cls, func, types, args=(), kwargs=None):
        calls.append("Declines")
        return NotImplemented


dc = torch.ones(2).as_subclass(Declines)
calls.clear()
try:
    torch.add(p, dc)
except TypeError as e:
    print(f"{'torch.add(p, Declines)':<26} {', then '.join(calls):<20} "
          f"{type(e).__name__}")
assert calls == ["Declines", "Parent"]


# The fix when Parent's handler must not run at all: Child skips it and
# calls the handler above Parent (torch.Tensor's) itself.
class OnlyChild(Parent):
    @classmethod
    def __torch_function__(cls, func, types, args=(), kwargs=None):
        calls.append("OnlyChild")
        return super(Parent, cls).__torch_function__(func, types, args, kwargs)


oc = torch.ones(2).as_subclass(OnlyChild)
show("torch.add(p, only child)", lambda: torch.add(p, oc))
assert calls == ["OnlyChild"]


# Classes that do not subclass torch.Tensor, as in the thread: the same
# order, Child first, in both argument orders.
class P:
    @classmethod
    def __torch_function__(cls, func, types, args=(), kwargs=None):
        return f"{cls.__name__}'s handler, types {[t.__name__ for t in types]}"


class C(P):
    @classmethod
    def __torch_function__(cls, func, types, args=(), kwargs=None):
        return f"{cls.__name__}'s handler, types {[t.__name__ for t in types]}"


print("not Tensors, add(P(), C()):", torch.add(P(), C()))
print("not Tensors, add(C(), P()):", torch.add(C(), P()))


class OnlyC(P):               # the OnlyChild fix, without torch.Tensor above P
    @classmethod
    def __torch_function__(cls, func, types, args=(), kwargs=None):
        return super(P, cls).__torch_function__(func, types, args, kwargs)


try:
    torch.add(P(), OnlyC())
except AttributeError as e:
    print(f"not Tensors, super(P, cls): {type(e).__name__}: {e}")
