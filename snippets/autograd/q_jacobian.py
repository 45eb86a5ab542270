# The gradient of every output with respect to the input (a Jacobian),
# per sample, and per-sample gradients of a loss for the parameters.
import torch
import torch.nn.functional as F
from torch import nn
from torch.autograd.functional import jacobian
from torch.func import functional_call, grad, jacrev, vmap

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 2))
x, y = torch.randn(5, 3), torch.randn(5, 2)

# backward() of a non-scalar needs one pass per output: y[:, j].sum()
# gives row j for every sample at once (the samples are independent).
xr = x.clone().requires_grad_()
out = model(xr)
rows = [torch.autograd.grad(out[:, j].sum(), xr, retain_graph=True)[0]
        for j in range(out.shape[1])]
J_loop = torch.stack(rows, dim=1)  # (sample, output, input)
J_vmap = vmap(jacrev(model))(x)  # one sample's Jacobian, vmapped
J_full = jacobian(model, x)  # every output against every input
print("loop over outputs:", tuple(J_loop.shape),
      "| vmap(jacrev):", tuple(J_vmap.shape),
      "| functional.jacobian:", tuple(J_full.shape))
assert torch.allclose(J_loop, J_vmap, atol=1e-6)
diag = torch.stack([J_full[i, :, i] for i in range(5)])
print("jacobian's cross-sample blocks all zero:",
      bool((J_full.abs().sum() - diag.abs().sum()).abs() < 1e-5))

# Per-sample gradients of the loss for each parameter.
params = {k: v.detach() for k, v in model.named_parameters()}


def loss_one(p, xi, yi):
    out = functional_call(model, p, (xi.unsqueeze(0),))
    return F.mse_loss(out, yi.unsqueeze(0))


per_sample = vmap(grad(loss_one), in_dims=(None, 0, 0))(params, x, y)
print("per-sample grad of weight 0:", tuple(per_sample["0.weight"].shape))
model.zero_grad()
F.mse_loss(model(x[2:3]), y[2:3]).backward()
assert torch.allclose(per_sample["0.weight"][2], model[0].weight.grad,
                      atol=1e-6)
print("sample 2's matches its own backward: True")
