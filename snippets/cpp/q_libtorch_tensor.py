# terminal: compiles a C++ program with c++ and runs it
# torch::Tensor is at::Tensor: the C++ frontend's header puts every name of
# at:: into torch::. Its factory functions are its own: torch::ones makes a
# tensor autograd tracks when asked, at::ones does not look at the request.
import re
import runpy
from pathlib import Path

import torch

helper = runpy.run_path("snippets/cpp/libtorch_program.py")
program = helper["build"]("libtorch_tensor")
status, out, err = helper["run"](program)
assert status == 0 and err == "", err
print(out, end="")

include = Path(torch.__file__).parent / "include"
for name, header in (("at::ones", "ATen/ops/ones.h"),
                     ("torch::ones", "torch/csrc/autograd/generated/"
                                     "variable_factories.h")):
    text = (include / header).read_text()
    start = text.index("inline at::Tensor ones(at::IntArrayRef size")
    body = text[start:text.index("\n}", start)]
    print(f"{name} ({header}) reads from its options:",
          ", ".join(re.findall(r"\boptions\.(\w+)\(", body)),
          "| make_variable:", "make_variable(" in body)

api = include / "torch/csrc/api/include/torch"
print("the C++ frontend's headers:", len(list(api.rglob("*.h"))),
      "under torch/include/torch/csrc/api/include/torch, e.g.",
      ", ".join(sorted(p.name for p in api.glob("*.h"))[:6]))
