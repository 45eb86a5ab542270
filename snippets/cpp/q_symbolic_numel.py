# terminal: builds with ninja and c++, which a kernel may lack
# numel() in a C++ kernel that runs on fake tensors: refused for symbolic
# sizes, from dynamic=True and from data-dependent sizes (nonzero), where
# sym_numel() works; and, in a fresh process with TORCH_SHOW_CPP_STACKTRACES,
# the C++ function that raises it.
import os
import re
import runpy
import subprocess
import sys

import torch

library = runpy.run_path("snippets/ops/extensions.py")["build"](
    "symbolic_sizes", "snippets/cpp/symbolic_sizes.cpp")
ops = torch.ops.symsizes


def try_compile(title, fn, x, **options):
    torch._dynamo.reset()
    try:
        out = torch.compile(fn, backend="eager", fullgraph=True,
                            **options)(x)
        assert torch.equal(out, fn(x))  # the eager result
        print(f"{title}: compiled, shape {list(out.shape)}")
    except Exception as e:
        print(f"{title}: {type(e).__name__}: {str(e).splitlines()[0]}")
        got = re.search(r"got (\w+)\('([^\\']*)", str(e))
        print(f"    the fake run raised {got[1]}: {got[2]}")


x = torch.tensor([[0., 2.], [3., 0.], [5., 6.]])
print("eager:", ops.flat(x).tolist())
try_compile("flat, dynamic=True", ops.flat, x, dynamic=True)
try_compile("flat_sym, dynamic=True", ops.flat_sym, x, dynamic=True)

# Sizes that depend on the data are symbols even in a static compile
with torch._dynamo.config.patch(capture_dynamic_output_shape_ops=True):
    try_compile("flat(x.nonzero())", lambda x: ops.flat(x.nonzero()), x)
    try_compile("flat_sym(x.nonzero())", lambda x: ops.flat_sym(x.nonzero()),
                x)
torch._dynamo.reset()

child = """
import sys, torch
torch.ops.load_library(sys.argv[1])
f = torch.compile(torch.ops.symsizes.flat, backend="eager", dynamic=True)
try:
    f(torch.ones(3, 2))
except Exception as e:
    print(e)
"""
done = subprocess.run([sys.executable, "-c", child, library],
                      capture_output=True, text=True,
                      env={**os.environ, "TORCH_SHOW_CPP_STACKTRACES": "1"})
text = done.stdout.replace("\\n", "\n")
where = re.search(r"raised from (\w+) at \S*/pytorch/(\S+?):(\d+)", text)
print("TORCH_SHOW_CPP_STACKTRACES=1: raised from", where[1], "at",
      f"{where[2]}:{where[3]}")
for frame in re.findall(r"#\d+ (c10::TensorImpl::\w+|\(anonymous "
                        r"namespace\)::\w+)\(", text)[:3]:
    print("    called from" if "anonymous" in frame else "    in", frame)
