# A Tensor subclass keeps its class through operations, not the attributes
# you set on an instance: each result is a new object of the class.
import torch


class Unit(torch.Tensor):
    pass


x = torch.ones(2).as_subclass(Unit)
x.unit = "m"
for name, result in (("x + 1", x + 1), ("x.to(torch.float64)",
                                         x.to(torch.float64)),
                     ("x[0]", x[0]), ("x.clone()", x.clone())):
    print(f"{name:<20} {type(result).__name__}, unit:",
          getattr(result, "unit", "(none)"))


# the fix: carry the attribute in __torch_function__, which sees every call
class Carried(torch.Tensor):
    @classmethod
    def __torch_function__(cls, func, types, args=(), kwargs=None):
        out = super().__torch_function__(func, types, args, kwargs or {})
        unit = next((a.unit for a in args if isinstance(a, Carried)
                     and hasattr(a, "unit")), None)
        for o in (out if isinstance(out, (tuple, list)) else (out,)):
            if isinstance(o, Carried) and unit is not None:
                o.unit = unit
        return out


y = torch.ones(2).as_subclass(Carried)
y.unit = "m"
for name, result in (("y + 1", y + 1), ("y.to(torch.float64)",
                                         y.to(torch.float64)),
                     ("y[0]", y[0]), ("y.max(0)", y.max(0).values)):
    print(f"{name:<20} {type(result).__name__}, unit:",
          getattr(result, "unit", "(none)"))
assert (y * 2).unit == "m"
