# A policy head initialised with std=0.01, then a wrapper that loops over
# named_parameters() and re-initialises every weight with orthogonal_(p, 1):
# the loop reaches the head too, and the last initialisation wins.
import torch
from torch import nn

torch.manual_seed(0)


def layer_init(layer, std=2**0.5):  # orthogonal weight with gain std
    nn.init.orthogonal_(layer.weight, std)
    nn.init.constant_(layer.bias, 0.0)
    return layer


class Policy(nn.Module):
    def __init__(self, hidden=128, actions=4):
        super().__init__()
        self.encoder = layer_init(nn.Linear(8, hidden))
        self.decoder = nn.Sequential(
            layer_init(nn.Linear(hidden, hidden)), nn.GELU(),
            layer_init(nn.Linear(hidden, actions), std=0.01))


class LSTMWrapper(nn.Module):
    def __init__(self, policy, hidden=128, skip=None):
        super().__init__()
        self.policy = policy
        self.cell = nn.LSTMCell(hidden, hidden)
        self.touched = []
        for name, param in self.named_parameters():  # all, nested included
            if skip and skip(name):
                continue
            if "bias" in name:
                nn.init.constant_(param, 0)
            elif "weight" in name and param.ndim >= 2:
                nn.init.orthogonal_(param, 1.0)
                self.touched.append(name)


def report(what, head):
    w = head.weight.detach()
    print(f"{what:<32} std {w.std():.5f}, row norms",
          [round(n, 4) for n in w.norm(dim=1).tolist()])


policy = Policy()
head = policy.decoder[2]
report("head after layer_init(std=0.01)", head)
model = LSTMWrapper(policy)
print("the loop re-initialised:", model.touched)
report("head after the wrapper's loop", head)

# Fix 1: initialise the head again after the wrapper is built.
layer_init(head, std=0.01)
report("fix 1, head initialised last", head)
assert torch.allclose(head.weight.norm(dim=1), torch.tensor(0.01))

# Fix 2: the loop initialises only what the wrapper adds (skip by name).
model = LSTMWrapper(Policy(), skip=lambda name: name.startswith("policy."))
print("the loop re-initialised:", model.touched)
report("fix 2, loop skips the policy", model.policy.decoder[2])
