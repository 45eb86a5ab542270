# TORCH_CHECK and TORCH_INTERNAL_ASSERT, both reached from Python on the
# installed torch: the same exception class, told apart only by the wording.
# TORCH_CHECK: torch.arange with a step of 0 (an argument check).
# TORCH_INTERNAL_ASSERT: torch._sync, a private binding of functionalization,
# given an ordinary tensor (a precondition its callers inside torch meet).
import re

import torch


def message(call):
    """The exception a call raises: its class and its first line, with the
    folder the wheel was built in cut from the file path."""
    try:
        call()
    except Exception as e:
        text = re.sub(r'"[^"]*?/((?:aten|c10|torch)/[^"]*)"', r'"\1"', str(e))
        return e, text.splitlines()[0]
    raise AssertionError("no exception")


check, check_text = message(lambda: torch.arange(0, 20, 0))
inner, inner_text = message(lambda: torch._sync(torch.ones(2)))

print("TORCH_CHECK           ->", f"{type(check).__name__}: {check_text}")
print("TORCH_INTERNAL_ASSERT ->",
      f"{type(inner).__name__}: {inner_text.rstrip()}")

# One Python class for both: the binding converts a plain c10::Error into a
# RuntimeError, an argument mistake and a broken promise alike.
assert type(check) is type(inner) is RuntimeError
# The words are the difference.
assert "INTERNAL ASSERT FAILED" not in check_text
assert "INTERNAL ASSERT FAILED at" in inner_text
assert inner_text.endswith("please report a bug to PyTorch. ")
print("same class:", type(check) is type(inner))
# Some argument checks raise another class: an index out of range.
index, index_text = message(lambda: torch.zeros(2)[5])
assert type(index) is IndexError
print("an index check    ->", f"{type(index).__name__}: {index_text}")

# The parts of the internal assert's message: the condition's source text,
# the file and line, and the fixed request.
cond, path, line = re.match(r'(.*) INTERNAL ASSERT FAILED at "(.*)":(\d+)',
                            inner_text).groups()
print("condition:", cond)
print("file:     ", path, "line", line)

# The fix for this one is to give the binding what its callers give it: a
# functional tensor, as made by torch._to_functional_tensor (a private
# function, used here only to show the condition being met).
f = torch._to_functional_tensor(torch.ones(2))
torch._sync(f)
assert torch._is_functional_tensor(f)
print("with a functional tensor: no error,", torch._from_functional_tensor(f))

# Registering fallthrough kernels, the bookkeeping line 23 of the old
# DispatchKeyExtractor.cpp checked, for keys with and without a backend.
lib = torch.library.Library("q_iassert", "DEF")
try:
    lib.define("f(Tensor x) -> Tensor")
    for key in ["AutogradCPU", "AutogradFunctionality", "Dense"]:
        lib.impl("f", torch.library.fallthrough_kernel, key)
        print("fallthrough registered for", key)
finally:
    lib._destroy()
