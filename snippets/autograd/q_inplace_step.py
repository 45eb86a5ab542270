# "modified by an inplace operation" after optimizer.step(): the step
# changes weights in place that the other loss's graph saved.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
G, D = nn.Linear(2, 4), nn.Sequential(nn.Linear(4, 4), nn.Tanh(),
                                      nn.Linear(4, 1))
opt_g = torch.optim.SGD(G.parameters(), lr=0.1)
opt_d = torch.optim.SGD(D.parameters(), lr=0.1)
z, ones = torch.randn(8, 2), torch.ones(8, 1)


def losses():
    score = D(G(z))  # one forward, two losses
    d_loss = F.binary_cross_entropy_with_logits(score, 1 - ones)
    g_loss = F.binary_cross_entropy_with_logits(score, ones)
    return d_loss, g_loss


d_loss, g_loss = losses()
opt_d.zero_grad()
d_loss.backward(retain_graph=True)
opt_d.step()  # changes D's weights in place (version + 1)
opt_g.zero_grad()
try:
    g_loss.backward()  # goes through D's nodes, which saved the weights
except RuntimeError as e:
    print("step between the backwards: RuntimeError:",
          str(e).split(" Hint")[0])

# Fix 1: both backwards first, then the steps (same weights for both).
# d_loss goes through G too: inputs= keeps each backward's gradient
# to its own network's parameters.
d_loss, g_loss = losses()
d_params, g_params = list(D.parameters()), list(G.parameters())
want_d = torch.autograd.grad(d_loss, d_params, retain_graph=True)
want_g = torch.autograd.grad(g_loss, g_params, retain_graph=True)
opt_g.zero_grad()
g_loss.backward(retain_graph=True)
opt_d.zero_grad()  # D's grads must come from d_loss only
d_loss.backward(retain_graph=True)
print("without inputs=, G's .grad is g_loss's gradient:",
      all(torch.equal(p.grad, w) for p, w in zip(g_params, want_g)))
opt_g.zero_grad()
opt_d.zero_grad()
g_loss.backward(inputs=g_params, retain_graph=True)  # into G only
d_loss.backward(inputs=d_params)  # into D only
assert all(torch.equal(p.grad, w) for p, w in zip(g_params, want_g))
assert all(torch.equal(p.grad, w) for p, w in zip(d_params, want_d))
opt_d.step()
opt_g.step()
print("backwards first, with inputs=, then the steps: ran, "
      "each network has only its own loss's gradient")

# Fix 2: after D's step, a new forward for G's loss (the usual GAN loop).
d_loss, _ = losses()
opt_d.zero_grad()
d_loss.backward()
opt_d.step()
_, g_loss = losses()  # recomputed with D's new weights
opt_g.zero_grad()
g_loss.backward()
opt_g.step()
print("a fresh forward after D's step: ran")
