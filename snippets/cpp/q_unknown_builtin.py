# "Unknown builtin op: aten::scaled_dot_product_attention": a TorchScript
# file names its operators, and the loading process must have each one.
# Stand-in: an operator this process defines, missing from a fresh process.
import io
import subprocess
import sys
import warnings

import torch

warnings.filterwarnings("ignore", category=DeprecationWarning)
warnings.filterwarnings("ignore", category=FutureWarning)
lib = torch.library.Library("newer", "DEF")
lib.define("attention(Tensor q) -> Tensor")
lib.impl("attention", lambda q: q.softmax(-1), "CompositeExplicitAutograd")


class M(torch.nn.Module):
    def forward(self, q):
        return torch.ops.newer.attention(q) * 2


buffer = io.BytesIO()
torch.jit.save(torch.jit.script(M()), buffer)
print("saved; the graph calls:", [n.kind() for n in
                                  torch.jit.script(M()).graph.nodes()
                                  if n.kind().startswith("newer::")])

load = """
import io, sys, torch
data = sys.stdin.buffer.read()
if len(sys.argv) > 1:   # the fix: register the operator before loading
    lib = torch.library.Library("newer", "DEF")
    lib.define("attention(Tensor q) -> Tensor")
    lib.impl("attention", lambda q: q.softmax(-1), "CompositeExplicitAutograd")
try:
    m = torch.jit.load(io.BytesIO(data))
    print("loaded:", m(torch.zeros(1, 2)).tolist())
except RuntimeError as e:
    print("RuntimeError:", *[l for l in str(e).splitlines() if "Unknown" in l])
"""
for args in ([], ["register"]):
    done = subprocess.run([sys.executable, "-c", load, *args],
                          input=buffer.getvalue(), capture_output=True)
    print("fresh process" + (" that registers it" if args else "") + ":",
          done.stdout.decode().strip())
