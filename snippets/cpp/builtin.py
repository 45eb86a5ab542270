# F.linear has no Python source: it is a function object created in C++.
# --8<-- [start:identity]
import inspect
import os

import torch
import torch.nn.functional as F

print("F.linear is torch._C._nn.linear:", F.linear is torch._C._nn.linear)
print("type:", type(F.linear).__name__)
print("__module__:", F.linear.__module__)
print("__self__:", F.linear.__self__)
print("torch.linear exists:", hasattr(torch, "linear"))
# --8<-- [end:identity]

# --8<-- [start:inspect]
try:
    inspect.getsource(F.linear)
except TypeError as e:
    print("inspect.getsource: TypeError:", e)
print("F.linear has a code object (__code__):", hasattr(F.linear, "__code__"))
try:
    inspect.signature(F.linear)
except ValueError as e:
    print("inspect.signature: ValueError:", e)
print("F.linear.__text_signature__:", F.linear.__text_signature__)
print("a C function that has one, len:", repr(len.__text_signature__),
      "->", inspect.signature(len))
first_line = F.linear.__doc__.strip().splitlines()[0]
print("the signature lives in the docstring:", first_line)
x, w, out = torch.ones(2, 3), torch.ones(4, 3), torch.empty(2, 4)
print("yet F.linear takes out= too:", F.linear(x, w, out=out) is out)
# --8<-- [end:inspect]

# --8<-- [start:extension]
import ctypes

torch_dir = os.path.dirname(torch.__file__)
print("torch._C is loaded from:",
      os.path.relpath(torch._C.__file__, torch_dir), "by",
      type(torch._C.__loader__).__name__)
so = ctypes.CDLL(torch._C.__file__)
print("it exports PyInit__C:", hasattr(so, "PyInit__C"),
      "| names libtorch_python.so:",
      b"libtorch_python.so" in open(torch._C.__file__, "rb").read())
print("torch._C._nn is a", type(torch._C._nn).__name__,
      "with a file of its own:", hasattr(torch._C._nn, "__file__"))
libraries = [os.path.join(torch_dir, "lib", name)
             for name in ("libtorch_python.so", "libtorch_cpu.so")]
for path in (torch._C.__file__, *libraries):
    size = os.path.getsize(path) // 1024
    print(f"{os.path.relpath(path, torch_dir):36} {size:>9,} KiB")
# --8<-- [end:extension]
