# terminal: runs the C++ compiler, which a kernel may lack
# A tensor handed to C++ code that includes no torch header: data_ptr() is
# the address of its first element, a plain int, passed here with ctypes.
import ctypes
import subprocess
import tempfile
import weakref
from pathlib import Path

import torch

SOURCE = r"""
extern "C" void scale(float* x, long n, float factor) {
    for (long i = 0; i < n; ++i) x[i] *= factor;
}
extern "C" void copy(const float* x, float* out, long n) {
    for (long i = 0; i < n; ++i) out[i] = x[i];
}
"""
with tempfile.TemporaryDirectory() as tmp:
    Path(tmp, "plain.cpp").write_text(SOURCE)
    subprocess.run(["g++", "-O1", "-shared", "-fPIC", f"{tmp}/plain.cpp",
                    "-o", f"{tmp}/plain.so"], check=True)
    lib = ctypes.CDLL(f"{tmp}/plain.so")  # loaded: the file may go
# argument types: data_ptr()'s int is passed as a pointer, not a C int
lib.scale.argtypes = [ctypes.c_void_p, ctypes.c_long, ctypes.c_float]
lib.copy.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_long]


def seen_by_c(t):
    """The t.numel() floats C reads from t.data_ptr(), copied out by C."""
    out = torch.empty(t.numel())
    lib.copy(t.data_ptr(), out.data_ptr(), t.numel())
    return out


t = torch.arange(6.0)
print("type(t.data_ptr()):", type(t.data_ptr()).__name__)
lib.scale(t.data_ptr(), t.numel(), 10.0)  # C writes into the tensor
print("after C's scale:", t)
view = t[2:]  # the address includes the storage offset
assert view.data_ptr() == t.data_ptr() + 2 * t.element_size()
print("t[2:] as C reads it:", seen_by_c(view))

# A non-contiguous view: C walks the memory in order, not the view's order
m = torch.arange(6.0).reshape(2, 3).t()
print("\nm.is_contiguous():", m.is_contiguous())
print("m, row by row:  ", m.flatten())
print("C reads from m: ", seen_by_c(m))
fixed = m.contiguous()  # the fix: a contiguous copy, in m's order
assert fixed.data_ptr() != m.data_ptr()
print("C reads from m.contiguous():", seen_by_c(fixed))
lib.scale(fixed.data_ptr(), fixed.numel(), -1.0)  # writes go to the copy
print("m after C scaled the copy:", m.flatten())
m.copy_(fixed)  # copy back, if C's writes must reach m
print("m after m.copy_(copy):    ", m.flatten())

# The dtype must be the C type: float64 memory read as float is garbage
d = torch.ones(2, dtype=torch.float64)
print("\nfloat64 ones, read as float:", seen_by_c(d))
print("after .float():             ", seen_by_c(d.float()))


def as_float_pointer(t):
    """What must hold before C may use the address as a float*."""
    if t.device.type != "cpu" or t.dtype != torch.float32:
        raise TypeError(f"need a float32 CPU tensor, got {t.dtype} on "
                        f"{t.device}")
    if not t.is_contiguous():
        raise ValueError("not contiguous: pass t.contiguous()")
    return t.data_ptr()


for bad in (m, d, torch.empty(3, device="meta")):
    try:
        as_float_pointer(bad)
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")

# The int keeps nothing alive: the tensor must outlive C's use of it
a = torch.ones(4)
address, alive = a.data_ptr(), weakref.ref(a)
del a  # the last reference: the tensor is freed
print("\ntensor alive after del, address still held:", alive() is not None)
