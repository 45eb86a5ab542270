# A GAN step: the discriminator's loss on G(z), backwarded first, frees
# the generator's part of the graph that the generator's loss needs.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
G, D = nn.Sequential(nn.Linear(2, 4), nn.Tanh()), nn.Linear(4, 1)
opt_g = torch.optim.SGD(G.parameters(), lr=0.1)
opt_d = torch.optim.SGD(D.parameters(), lr=0.1)
real, z = torch.randn(8, 4), torch.randn(8, 2)
ones, zeros = torch.ones(8, 1), torch.zeros(8, 1)


def step(detach_for_d):
    fake = G(z)
    opt_d.zero_grad()
    d_fake = D(fake.detach() if detach_for_d else fake)
    d_loss = (F.binary_cross_entropy_with_logits(D(real), ones)
              + F.binary_cross_entropy_with_logits(d_fake, zeros))
    d_loss.backward()  # without detach: also goes through G, frees it
    opt_d.step()
    opt_g.zero_grad()
    g_loss = F.binary_cross_entropy_with_logits(D(fake), ones)
    g_loss.backward()  # needs G's part of the graph again
    opt_g.step()
    return "both backwards ran"


for detach_for_d in (False, True):
    try:
        result = step(detach_for_d)
    except RuntimeError as e:
        result = f"RuntimeError: {str(e)[:57]}..."
    print(f"D(fake{'.detach()' if detach_for_d else ''}):"
          f"{' ' * (0 if detach_for_d else 9)} {result}")
