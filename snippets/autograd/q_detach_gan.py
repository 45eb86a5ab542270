# A frozen feature network in a generator's loss: the real image's
# features need no .detach(); the fake image's must not be detached.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
gen = nn.Linear(4, 4)                              # the generator
feat = nn.Sequential(nn.Linear(4, 3), nn.Tanh())   # netF
real, noise = torch.randn(2, 4), torch.randn(2, 4)


def step(freeze, detach_real, detach_fake):
    gen.zero_grad(), feat.zero_grad()
    feat.requires_grad_(not freeze)
    real_f = feat(real)
    real_f = real_f.detach() if detach_real else real_f
    fake_f = feat(gen(noise))
    fake_f = fake_f.detach() if detach_fake else fake_f
    try:
        F.l1_loss(fake_f, real_f).backward()
    except RuntimeError as e:
        return f"RuntimeError: {e}"
    g = feat[0].weight.grad
    return (f"real_f.requires_grad={real_f.requires_grad!s:<5} "
            f"gen grad: {gen.weight.grad is not None!s:<5} "
            f"netF grad: {g is not None}")


print("frozen netF, no detach:     ", step(True, False, False))
print("frozen netF, detach real:   ", step(True, True, False))
print("trainable netF, no detach:  ", step(False, False, False))
print("trainable netF, detach real:", step(False, True, False))
print("frozen netF, detach fake:   ", step(True, True, True))
