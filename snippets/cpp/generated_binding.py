# Run the installed code generator on aten::linear: the C++ it prints is the
# source of torch._C._nn.linear, the function compiled into libtorch_python.so.
# --8<-- [start:run]
import inspect
import os

import torch
import torchgen
from torchgen.gen import parse_native_yaml
from torchgen.packaged.autograd import gen_python_functions as gen

native = os.path.join(os.path.dirname(torchgen.__file__),
                      "packaged", "ATen", "native")
functions = parse_native_yaml(
    os.path.join(native, "native_functions.yaml"),
    os.path.join(native, "tags.yaml")).native_functions
functions = [f for f in functions if gen.should_generate_py_binding(f)]
deprecated = os.path.join(os.path.dirname(gen.__file__), "deprecated.yaml")
signatures = gen.load_signatures(functions, deprecated, method=False)

linear = [s for s in signatures if str(s.function.func.name.name) == "linear"]
print("overloads:", [str(s.function.func.name) for s in linear])
generated = {str(s.function.func.name.name) for s in signatures
             if gen.is_py_nn_function(s.function)}
in_module = {n for n in dir(torch._C._nn) if not n.startswith("__")}
print(f"python_module: nn functions generated: {len(generated)}; "
      f"all in torch._C._nn: {generated <= in_module}")
print("torch.linear exists:", hasattr(torch, "linear"))
print("in torch._C._nn but not generated:", sorted(in_module - generated))
print("nn.Module.to calls it:",
      "torch._C._nn._parse_to(" in inspect.getsource(torch.nn.Module.to))
name = linear[0].function.func.name.name
# --8<-- [end:run]

# --8<-- [start:method-def]
print(gen.method_def(name, "torch.nn", linear, method=False))
# the last field, the docstring, is nullptr: after import, a function has one
# only if something set it later (torch.nn.functional does, for linear)
docs = {n: getattr(torch._C._nn, n).__doc__ for n in sorted(generated)}
print("torch._C._nn.linear.__doc__:", repr(docs["linear"].strip()[:42]))
# (_test_string_default left out: add_docstr.py, earlier in this chapter's
# notebook, gives it a docstring)
others = {n: doc for n, doc in docs.items() if n != "_test_string_default"}
none = [n for n, doc in others.items() if doc is None]
print(f"generated functions whose __doc__ is None: {len(none)} of "
      f"{len(others)} (_test_string_default aside)")
# --8<-- [end:method-def]

# --8<-- [start:method-impl]
code = gen.method_impl(name, "torch.nn", linear, method=False, symint=True)
print(code.rstrip())
# --8<-- [end:method-impl]

# --8<-- [start:pybind11]
print("pybind11 in the generated binding:",
      [line.strip() for line in code.splitlines() if "pybind11" in line])
for label, fn in (("torch._C._nn.linear", torch._C._nn.linear),
                  ("torch._C._dispatch_dump", torch._C._dispatch_dump)):
    # what a builtin is bound to: its module, or pybind11's function record
    owner = fn.__self__
    if owner is torch._C._nn:
        bound_to = f"module {owner.__name__}"
    else:
        bound_to = f"a {type(owner).__module__} function record"
    doc = fn.__doc__.strip().splitlines()[0]
    print(f"{label}: bound to {bound_to}; doc starts {doc!r}")
# --8<-- [end:pybind11]
