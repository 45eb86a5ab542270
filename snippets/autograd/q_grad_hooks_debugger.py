# Why a debugger prints "The .grad attribute of a Tensor that is not a leaf
# Tensor is being accessed" while the code never reads .grad: its variables
# view reads every attribute of a tensor it shows. pydevd (the debugger core
# that debugpy vendors) lists a tensor's attributes with its
# DefaultResolver, run here without an IDE; pdb's p and pp call repr() only.
import importlib
import io
import os
import pdb
import sys
import warnings

import debugpy
import torch

sys.path.insert(0, os.path.join(os.path.dirname(debugpy.__file__),
                                "_vendored", "pydevd"))
pydevd_xml = importlib.import_module("_pydevd_bundle.pydevd_xml")


def warnings_from(fn, *args):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fn(*args)
    return [f"{w.category.__name__}: {str(w.message)[:48]}..."
            for w in caught]


torch.manual_seed(0)
model = torch.nn.Linear(2, 2)
x = torch.ones(1, 2)
out = model(x)                                  # inference without no_grad
print("out.is_leaf:", out.is_leaf, "| grad_fn:", type(out.grad_fn).__name__)

_, _, resolver = pydevd_xml.get_type(out)
print("pydevd resolver:", type(resolver).__name__)
caught = warnings_from(resolver.get_dictionary, out)
print(f"the variables view lists it: {len(caught)} warnings, each")
print("  " + caught[0])


def read(name):
    try:
        getattr(out, name)
    except RuntimeError:          # grad_dtype refuses non-leaves
        pass


print("  the attributes that warn:",
      [name for name in dir(out) if warnings_from(read, name)])


def stop_here(out):
    pass


shown = io.StringIO()
debugger = pdb.Pdb(stdin=io.StringIO("p out\npp out\ncontinue\n"),
                   stdout=shown)
print("pdb's p and pp:", warnings_from(debugger.runcall, stop_here, out))
assert "grad_fn=<AddmmBackward0>" in shown.getvalue()

# Fix 1: hide that one message (the filter matches its start).
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.filterwarnings(
        "ignore", message="The .grad attribute of a Tensor that is not a leaf")
    resolver.get_dictionary(out)
print("with a filter for the message:", len(caught), "warnings")

# Fix 2: run inference under no_grad or inference_mode: outputs are leaves.
for mode in (torch.no_grad, torch.inference_mode):
    with mode():
        out = model(x)
    print(f"under {mode.__name__}: is_leaf {out.is_leaf},",
          "warnings:", warnings_from(resolver.get_dictionary, out))
