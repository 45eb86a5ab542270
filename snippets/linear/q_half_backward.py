# The 2017 report's script (pytorch#827), on the CPU: F.linear with a
# float16 weight, then backward. Its weight gradient is the product
# torch.mm(grad_output.t(), input), which that release's HalfTensor
# could not run as a function; today both spellings give one result.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(20, 5).half().requires_grad_()   # the weight, (out, in)
inp = torch.randn(100, 5).half()
out = F.linear(inp, x)
out.mean().backward()
print("out:", out.dtype, tuple(out.shape), "| x.grad:", x.grad.dtype,
      tuple(x.grad.shape))

grad_output = torch.full((100, 20), 1 / out.numel(), dtype=torch.half)
by_function = torch.mm(grad_output.t(), inp)       # what line 25 called
by_method = grad_output.t().mm(inp)               # the reporter's fix
assert torch.equal(by_function, by_method)
assert torch.allclose(by_function.float(), x.grad.float(), atol=1e-3)
print("torch.mm(g.t(), input) == g.t().mm(input) == x.grad: True")
