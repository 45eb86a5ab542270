# terminal: builds with ninja and c++, which a kernel may lack
# DCNv2's CPU code called THFloatBlas_gemv, a function of the old TH library.
# Compiled against the installed torch (with TH's #include removed, since
# TH/TH.h is gone too), the call is an undeclared name. The port: at::addmv_
# on tensors, compared with the gemv it replaces, written out in C++
# (snippets/ops/cpp_tensors.cpp).
import os
import re
import runpy
from pathlib import Path
from unittest.mock import patch

import torch

include = Path(torch.__file__).parent / "include"
print("TH/TH.h in the installed headers:", (include / "TH" / "TH.h").exists())
naming = [p for p in include.rglob("*.h*") if p.is_file()
          and "THFloatBlas" in p.read_text(encoding="utf-8", errors="replace")]
print("headers that name THFloatBlas (gemv, gemm, ...):", len(naming))

helpers = runpy.run_path("snippets/ops/extensions.py")
cpp_extension = helpers["cpp_extension"]
folder = helpers["build_directory"]("cppt_th").resolve()
folder.mkdir(parents=True, exist_ok=True)
source = folder / "dcn_bias.cpp"
source.write_text(
    "#include <ATen/core/Tensor.h>\n"
    "void bias_grad(float* grad_output_n, float* ones, float* grad_bias,\n"
    "               long k_, long m_) {\n"
    "    THFloatBlas_gemv('t', k_, m_, 1.0f, grad_output_n, k_,\n"
    "                     ones, 1, 1.0f, grad_bias, 1);\n"
    "}\n")
with patch.dict(os.environ, LC_ALL="C"):  # the compiler's messages in English
    try:
        cpp_extension.load("cppt_th", [str(source)],
                           build_directory=str(folder), is_python_module=False)
    except RuntimeError as e:
        message = str(e)
print("RuntimeError:", message[:message.index(":") + 1], "...")
for line in message.splitlines():
    if re.search(r"\berror\b", line) and "dcn_bias.cpp:" in line:
        print("  " + line.replace(str(folder) + os.sep, ""))

# The port, run on a stand-in gradient of 3 channels of 2 x 2
helpers["build"]("cpp_tensors", "snippets/ops/cpp_tensors.cpp")
torch.manual_seed(0)
grad_output_n, grad_bias = torch.randn(3, 2, 2), torch.randn(3)
by_gemv, by_addmv = torch.ops.cppt.bias_grad(grad_output_n, grad_bias)
print("\nthe gemv, written out:", by_gemv)
print("at::addmv_:           ", by_addmv)
expected = grad_bias + grad_output_n.sum(dim=(1, 2))
torch.testing.assert_close(by_gemv, expected)
torch.testing.assert_close(by_addmv, expected)
