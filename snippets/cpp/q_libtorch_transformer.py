# terminal: compiles a C++ program with c++ and runs it
# Which of Python's Transformer arguments libtorch's options have, read from
# the installed headers; then a C++ program that gets batch_first by
# transposing, and all three by running a layer scripted in Python.
import inspect
import os
import re
import runpy
import tempfile
import warnings
from pathlib import Path

import torch
from torch import nn

torch.manual_seed(0)
api = Path(torch.__file__).parent / "include/torch/csrc/api/include/torch"
for cls, header in ((nn.Transformer, "transformer.h"),
                    (nn.TransformerEncoderLayer, "transformerlayer.h")):
    text = (api / "nn/options" / header).read_text()
    body = text[text.index(f"struct TORCH_API {cls.__name__}Options {{"):]
    body = body[:body.index("};")]
    cpp = re.findall(r"TORCH_ARG\([^,]+, (\w+)\)", body)
    python = list(inspect.signature(cls).parameters)
    print(f"{cls.__name__}Options, C++:", ", ".join(cpp))
    print("  Python's arguments it lacks:",
          ", ".join(p for p in python if p not in cpp))

helper = runpy.run_path("snippets/cpp/libtorch_program.py")
program = helper["build"]("libtorch_transformer")

x = torch.linspace(-1, 1, 48).reshape(2, 3, 8)   # the C++ program's input
post = nn.TransformerEncoderLayer(8, 2, dim_feedforward=16, dropout=0.0,
                                  batch_first=True).eval()
pre = nn.TransformerEncoderLayer(8, 2, dim_feedforward=16, dropout=0.0,
                                 batch_first=True, norm_first=True,
                                 layer_norm_eps=1e-6).eval()
with tempfile.TemporaryDirectory() as folder:
    files = [os.path.join(folder, f"{name}.pt") for name in ("post", "pre")]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch.jit.script is deprecated
        for module, file in zip((post, pre), files):
            torch.jit.script(module).save(file)
    status, out, err = helper["run"](program, *files)
assert status == 0 and err == "", err
shown, values = out.split("values:")
print("C++ program:\n  " + shown.strip().replace("\n", "\n  "))

with torch.no_grad():
    expected = pre(x)
from_cpp = torch.tensor([float(v) for v in values.split()]).reshape(2, 3, 8)
torch.testing.assert_close(from_cpp, expected)
print("its norm_first output matches Python's pre(x) (assert_close): True |",
      "pre.norm1.eps:",
      pre.norm1.eps)

# the report's module, nn.Transformer, with the three arguments, scripts too
with warnings.catch_warnings():
    # torch.jit.script is deprecated, and with norm_first=True the encoder
    # warns that it does not use nested tensors
    warnings.simplefilter("ignore")
    full = nn.Transformer(8, 2, 1, 1, 16, 0.0, layer_norm_eps=1e-6,
                          batch_first=True, norm_first=True).eval()
    full_scripted = torch.jit.script(full)
src, tgt = torch.randn(2, 3, 8), torch.randn(2, 4, 8)   # (batch, seq, feature)
with torch.no_grad():
    same = torch.allclose(full_scripted(src, tgt), full(src, tgt))
print("nn.Transformer(8, 2, 1, 1, 16, 0.0, layer_norm_eps=1e-6, "
      "batch_first=True, norm_first=True)\n"
      "  scripted: output allclose to the module's:", same)
assert same
