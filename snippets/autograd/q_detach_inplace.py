# detach_() detaches a tensor in place; on a view it is refused. DDP with
# gradient_as_bucket_view=True makes every .grad a view of a flat bucket,
# so a hand-written zero_grad that calls p.grad.detach_() fails there.
import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = x * 2
y.detach_()  # a non-leaf: fine, it becomes a leaf without history
print("y.detach_():", "grad_fn", y.grad_fn, "requires_grad", y.requires_grad)

z = x * 2
try:
    z[0].detach_()  # z[0] is a view of z
except RuntimeError as e:
    print("z[0].detach_(): RuntimeError:", e)

lin = nn.Linear(3, 2)
bucket = torch.ones(8)  # stands in for a DDP bucket: grads are views of it
lin.weight.grad = bucket[:6].view(2, 3)
lin.bias.grad = bucket[6:]
try:
    for p in lin.parameters():  # an old hand-written zero_grad
        p.grad.detach_()
        p.grad.zero_()
except RuntimeError as e:
    print("p.grad.detach_() on a bucket view: RuntimeError:",
          str(e).split(". ")[0])

opt = torch.optim.SGD(lin.parameters(), lr=0.1)
opt.zero_grad(set_to_none=False)  # detach_() only for a grad with history
print("optimizer.zero_grad(set_to_none=False): bucket", bucket)
assert not bucket.any()
