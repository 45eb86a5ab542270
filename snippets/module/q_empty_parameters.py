# Four ways to get "optimizer got an empty parameter list".
import torch
from torch import nn


def try_optimizer(label, params):
    try:
        torch.optim.SGD(params, lr=0.1)
        print(f"{label}: ok")
    except ValueError as e:
        print(f"{label}: ValueError: {e}")


# 1. A layer defined in the class body is a class attribute: the instance
#    never assigns it, so Module.__setattr__ never registers it.
class ClassAttribute(nn.Module):
    fc = nn.Linear(2, 2)

    def forward(self, x):
        return self.fc(x)


m = ClassAttribute()
print("forward works:", tuple(m(torch.ones(1, 2)).shape),
      "| registered children:", list(m._modules))
try_optimizer("class attribute", m.parameters())
print("and every instance shares it:",
      ClassAttribute().fc is ClassAttribute().fc)

# 2. parameters() is a generator: counting with it uses it up.
m = nn.Linear(2, 2)
params = m.parameters()
print("counted", sum(p.numel() for p in params), "values")
try_optimizer("reused generator", params)
try_optimizer("list(m.parameters())", list(m.parameters()))


# 3. Layers created in forward(): new, untrained layers on every call.
class BuiltInForward(nn.Module):
    def forward(self, x):
        return nn.Linear(2, 2)(x)


m, x = BuiltInForward(), torch.ones(1, 2)
try_optimizer("layer made in forward", m.parameters())
print("and each call draws new weights: m(x) equals m(x):",
      torch.equal(m(x), m(x)))

# 4. A filter that keeps only trainable parameters, on a frozen model.
m = nn.Linear(2, 2).requires_grad_(False)
try_optimizer("filter on a frozen model",
              filter(lambda p: p.requires_grad, m.parameters()))
