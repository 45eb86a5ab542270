# What a tensor's repr() reads and costs, what a debugger's variables view
# asks of it (debugpy's own formatting code, run here without an IDE), and
# the print options and the repr that make it cheaper. Timings are compared,
# never printed: each is the best of 5 runs.
import importlib
import os
import sys
import time

import debugpy
import torch
from torch._tensor_str import get_summarized_data

torch.manual_seed(0)


def best(fn, *args):
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        fn(*args)
        runs.append(time.perf_counter() - start)
    return min(runs)


def with_statistics(t):
    """What a repr that summarises the whole tensor computes."""
    return (f"tensor[{t.numel()}] min={t.min():.3f} max={t.max():.3f} "
            f"mean={t.mean():.3f} std={t.std():.3f}")


print("values repr() formats, by shape and print options:")
shapes = [(1000,), (10**7,), (4000, 4000), (16, 3, 224, 224)]
for options in ({"profile": "default"}, {"profile": "short"},
                {"threshold": 100, "edgeitems": 1}):
    torch.set_printoptions(**options)
    limit = torch._tensor_str.PRINT_OPTS.threshold
    counts = [torch.zeros(s).numel() if torch.zeros(s).numel() <= limit
              else get_summarized_data(torch.zeros(s)).numel()
              for s in shapes]
    print(f"  {str(options):<36}", ", ".join(
        f"{'x'.join(map(str, s))}: {n}" for s, n in zip(shapes, counts)))
torch.set_printoptions(profile="default")

small, large = torch.randn(10**5), torch.randn(10**7)
ratio_repr = best(repr, large) / best(repr, small)
assert ratio_repr < 10, ratio_repr
print("repr() of 10**7 elements against 10**5: under 10 times the time")
print("with_statistics() reads every element:", with_statistics(large))

# debugpy (VS Code's Python debugger) formats a variable's value with
# pydevd's get_variable_details (pydevd is vendored inside the debugpy
# package); a variables request from VS Code passes it a SafeRepr as
# to_string (get_var_data in _pydevd_bundle/pydevd_suspended_frames.py), as
# value() does here. Count the tensor reprs it runs.
sys.path.insert(0, os.path.join(os.path.dirname(debugpy.__file__),
                                "_vendored", "pydevd"))
pydevd_xml = importlib.import_module("_pydevd_bundle.pydevd_xml")
SafeRepr = importlib.import_module("_pydevd_bundle.pydevd_safe_repr").SafeRepr
get_var_scope = importlib.import_module(
    "_pydevd_bundle.pydevd_resolver").get_var_scope
# debugpy's default variablePresentation (PyDevdAPI.VariablePresentation in
# _pydevd_bundle/pydevd_api.py): special (__x__) attributes, methods and
# classes go into groups the view shows collapsed; protected (_x) are inline
GROUPED = ("special variables", "function variables", "class variables")


def value(v):
    return pydevd_xml.get_variable_details(v, to_string=SafeRepr())


shown = []
plain_repr = torch.Tensor.__repr__


def counting_repr(self, *args, **kwargs):
    shown.append(tuple(self.shape))
    return plain_repr(self, *args, **kwargs)


torch.Tensor.__repr__ = counting_repr
t = torch.zeros(2000, 3000)
*_, resolver, text = value(t)
print(f"debugpy {debugpy.__version__}, the value of t: {len(shown)} repr; "
      f"it starts {text.splitlines()[0]!r}")
attributes = {name: attribute for name, attribute, _ in
              resolver.get_contents_debug_adapter_protocol(t)}
shown.clear()
where = {}  # "shown" or a collapsed group's name: [attributes, reprs]
for name, attribute in attributes.items():
    before = len(shown)
    value(attribute)
    scope = get_var_scope(name, attribute, "", False)
    place = scope if scope in GROUPED else "shown"
    counts = where.setdefault(place, [0, 0])
    counts[0] += 1
    counts[1] += len(shown) - before
tensors = sorted(n for n, a in attributes.items()
                 if isinstance(a, torch.Tensor))
print(f"t's attributes: {len(attributes)}, {len(tensors)} of them tensors "
      f"{tensors}; formatting all their values ran {len(shown)} reprs, "
      f"{shown.count((2000, 3000))} of a 2000x3000 tensor")
for place, (n, reprs) in sorted(where.items(), key=lambda i: i[0] != "shown"):
    label = ("expanding t lists" if place == "shown"
             else f"{place!r} (collapsed) holds")
    print(f"  {label} {n} of them: {reprs} reprs")
example = value(attributes["unique"])[-1]
print("  one of them, the method unique:", example.splitlines()[0])


def short_repr(self, *args, **kwargs):
    return (f"tensor(shape={tuple(self.shape)}, dtype={self.dtype}, "
            f"device={self.device})")


torch.Tensor.__repr__ = short_repr
print("with a repr that reads no values:", value(t)[-1])
ratio_short = best(repr, large) / best(repr, small)
assert ratio_short < 10, ratio_short
torch.Tensor.__repr__ = plain_repr
