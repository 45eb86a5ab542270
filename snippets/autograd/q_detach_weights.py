# Circle Loss weights each similarity by how far it is from its optimum:
# alpha_p = relu(1 + m - sp), alpha_n = relu(sn + m). The implementation
# builds the weights from sp.detach() and sn.detach(): they are then
# constants, and the gradient only moves the similarities they weight.
import torch
import torch.nn.functional as F

gamma, m = 8.0, 0.25
sp = torch.tensor([0.9, 0.5, 0.2], requires_grad=True)  # to positives
sn = torch.tensor([0.6, 0.1], requires_grad=True)  # to negatives


def circle(detach):
    wp, wn = (sp.detach(), sn.detach()) if detach else (sp, sn)
    alpha_p = torch.clamp_min(1 + m - wp, min=0.0)
    alpha_n = torch.clamp_min(wn + m, min=0.0)
    logit_p = -gamma * alpha_p * (sp - (1 - m))
    logit_n = gamma * alpha_n * (sn - m)
    z = torch.logsumexp(logit_n, 0) + torch.logsumexp(logit_p, 0)
    return F.softplus(z), z, logit_p, alpha_p


for detach in (True, False):
    loss, *_ = circle(detach)
    gp, gn = torch.autograd.grad(loss, (sp, sn))
    print(f"weights {'detached' if detach else 'not detached'}: "
          f"d loss/d sp = {[round(v, 3) for v in gp.tolist()]}, "
          f"d loss/d sn = {[round(v, 3) for v in gn.tolist()]}")

# Detached, each positive's gradient is its weight times the gradient of
# the unweighted term: sigmoid(z) * softmax(logit_p) * (-gamma * alpha_p).
loss, z, logit_p, alpha_p = circle(True)
gp, = torch.autograd.grad(loss, sp)
expected = torch.sigmoid(z) * logit_p.softmax(0) * (-gamma * alpha_p)
assert torch.allclose(gp, expected.detach())
print("detached: gradient = weight x gradient of the unweighted term")
