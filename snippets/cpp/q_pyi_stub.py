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
signature = stubs[0][:stubs[0].index(":\n") + 1]
print("the first one:", " ".join(signature.split()).replace("( ", "("))
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
