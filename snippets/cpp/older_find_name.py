# What became of a name from an old tutorial? Ask the torch you run.
import functools
import mmap
import pathlib

import torch

print("torch", torch.__version__, "built from", torch.version.git_version)
root = pathlib.Path(torch.__file__).parent


def resolve(dotted):
    """getattr along a dotted name, as the old code does."""
    try:
        obj = functools.reduce(getattr, dotted.split(".")[1:], torch)
    except AttributeError as e:
        return f"{type(e).__name__}: {e}"
    return f"found: {obj!r}"


def mentions(name):
    """This torch's Python files, stubs and C++ headers naming it."""
    files = [f.relative_to(root).as_posix()
             for pattern in ("*.py", "*.pyi", "*.h")
             for f in sorted(root.rglob(pattern))
             if name in f.read_text(errors="ignore")]
    return f"{len(files)} files" + (f", first {files[0]}" if files else "")


for name in ["torch._TensorBase", "torch._C._TensorBase",
             "torch.autograd.Variable"]:
    print(f"{name:24} {resolve(name)}")
try:
    import torch.utils.ffi  # noqa: F401
except ImportError as e:
    print(f"{'import torch.utils.ffi':24} {type(e).__name__}: {e}")
for name in ["_TensorBase", "_th_addmm", "AT_CHECK", "THFloatTensor"]:
    print(f"{name:14} {mentions(name)}")


def says(fragment):
    """The first shared library, or Python file, of this torch holding it."""
    data = fragment.encode()
    files = sorted((root / "lib").glob("*.so*")) + sorted(root.rglob("*.py"))
    for f in files:
        if f.stat().st_size == 0:
            continue
        with open(f, "rb") as fh, mmap.mmap(fh.fileno(), 0,
                                            access=mmap.ACCESS_READ) as m:
            if m.find(data) != -1:
                return f"in {f.relative_to(root).as_posix()}"
    return "in no file"


for fragment in ["not supported on CPUType for", "Unexpected running stats",
                 "volatile was removed", "check_uniform_bounds"]:
    print(f"{fragment!r:31} {says(fragment)}")
