# "Go to definition" on torch.add opens torch/_C/_VariableFunctions.pyi: a
# generated type stub that the interpreter never runs.
import os
import re

import torch

torch_dir = os.path.dirname(torch.__file__)
stub = os.path.join(torch_dir, "_C", "_VariableFunctions.pyi")
text = open(stub, encoding="utf-8").read()
print("torch/_C/_VariableFunctions.pyi, line 1:", text.splitlines()[0])
defs = [m.start() for m in re.finditer(r"^def add\(", text, flags=re.M)]
print("stubs for add:", len(defs), "(one per @overload)")
# a stub ends where the next top-level @overload or def starts
top_level = re.compile(r"^(?:@overload|def )", flags=re.M)
stubs = [text[d:top_level.search(text, d + 1).start()] for d in defs]
for one in stubs:
    signature = one[:one.index(":\n") + 1]
    print("  ", " ".join(signature.split()).replace("( ", "("))
body_is_docstring = [
    re.fullmatch(r'\s*r?""".*?"""\s*', stub.split(":\n", 1)[1], flags=re.S)
    is not None for stub in stubs]
print("each of them is a signature, then a docstring and nothing else:",
      body_is_docstring)
print("stub files next to torch._C:",
      sorted(n for n in os.listdir(os.path.dirname(stub))
             if n in ("_VariableFunctions.pyi", "_nn.pyi", "__init__.pyi")))
print("what runs instead:", repr(torch.add).split(" of ")[0] + ">",
      "from", torch._C.__name__)

# the signatures torch.add's argument parser tries, as the installed code
# generator writes them into THPVariable_add (as generated_binding.py does
# for linear)
import torchgen
from torchgen.gen import parse_native_yaml
from torchgen.packaged.autograd import gen_python_functions as gen

native = os.path.join(os.path.dirname(torchgen.__file__),
                      "packaged", "ATen", "native")
functions = [f for f in parse_native_yaml(
    os.path.join(native, "native_functions.yaml"),
    os.path.join(native, "tags.yaml")).native_functions
    if gen.should_generate_py_binding(f)]
deprecated = os.path.join(os.path.dirname(gen.__file__), "deprecated.yaml")
add = [s for s in gen.load_signatures(functions, deprecated, method=False)
       if str(s.function.func.name.name) == "add"]
code = gen.method_impl(add[0].function.func.name.name, "torch", add,
                       method=False, symint=True)
parser = re.findall(r'^\s*"(add\(.*)",$', code, flags=re.M)
print("signatures the argument parser tries:", len(parser))
for signature in parser:
    print("  ", signature)
print("torch.add(2, 3):", repr(torch.add(2, 3)))
