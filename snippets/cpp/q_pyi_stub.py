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
first = text[defs[0]:defs[1]]
signature = first[:first.index(":\n") + 1]
print("the first one:", " ".join(signature.split()).replace("( ", "("))
after = first.rsplit('"""', 1)[1].replace("@overload", "").strip()
print("code after its docstring:", repr(after))
print("stub files next to torch._C:",
      sorted(n for n in os.listdir(os.path.dirname(stub))
             if n in ("_VariableFunctions.pyi", "_nn.pyi", "__init__.pyi")))
print("what runs instead:", repr(torch.add).split(" of ")[0] + ">",
      "from", torch._C.__name__)
