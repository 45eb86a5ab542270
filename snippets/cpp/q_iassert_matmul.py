# matmul given an int8 tensor and a float vector that requires grad: in
# torch 1.11 (issue #78141) this failed an internal assert in autograd,
# "isDifferentiableType(variable.scalar_type()) INTERNAL ASSERT FAILED". The
# same inputs on the installed torch, and the fix: one dtype for both.
import torch

torch.manual_seed(0)
a = torch.randint(-8, 2, [11, 0, 4], dtype=torch.int8)
b = torch.rand([4])

for requires_grad in (False, True):
    other = b.clone().requires_grad_(requires_grad)
    try:
        torch.matmul(a, other)
        print(f"requires_grad={requires_grad}: no error")
    except RuntimeError as e:
        msg = str(e)
        assert "INTERNAL ASSERT" not in msg
        print(f"requires_grad={requires_grad}: {type(e).__name__}: {msg}")

# The fix: make both operands float (matmul does not promote dtypes).
other = b.clone().requires_grad_()
out = torch.matmul(a.float(), other)
out.sum().backward()
print("a.float() @ other:", tuple(out.shape), out.dtype, "| grad:", other.grad)
