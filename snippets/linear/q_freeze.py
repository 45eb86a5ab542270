# Freezing a Linear: requires_grad_(False) stops its gradients. A stale
# zero gradient can still move it, through momentum, Adam's averages or
# weight decay; freezing before any gradient exists avoids that.
import torch
from torch import nn

x = torch.randn(4, 3, generator=torch.Generator().manual_seed(1))


def train(freeze_at, set_to_none, optimizer_class, options, steps=6):
    """Train 6 steps, freezing the first layer before step freeze_at."""
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(3, 3), nn.Linear(3, 1))
    optimizer = optimizer_class(model.parameters(), lr=0.1, **options)
    for step in range(steps):
        if step == freeze_at:
            model[0].requires_grad_(False)
            before = model[0].weight.clone()
        optimizer.zero_grad(set_to_none=set_to_none)
        model(x).sum().backward()
        optimizer.step()
    grad = model[0].weight.grad
    grad = ("None" if grad is None
            else "zeros" if bool((grad == 0).all()) else "nonzero")
    return model, grad, torch.equal(before, model[0].weight)


SGD, Adam = torch.optim.SGD, torch.optim.Adam
print(f"{'frozen before':14} {'set_to_none':12} {'optimizer':34} "
      f"{'grad':6} unchanged")
for freeze_at, set_to_none, optimizer_class, options in [
        (3, True, SGD, {"momentum": 0.9}),
        (3, False, SGD, {"momentum": 0.9}),
        (3, False, Adam, {}),
        (3, False, SGD, {"weight_decay": 0.01}),
        (3, False, SGD, {}),
        (0, False, SGD, {"momentum": 0.9, "weight_decay": 0.01})]:
    model, grad, unchanged = train(freeze_at, set_to_none, optimizer_class,
                                   options)
    name = " ".join([optimizer_class.__name__,
                     *(f"{k}={v}" for k, v in options.items())])
    print(f"step {freeze_at:<9} {set_to_none!s:12} {name:34} "
          f"{grad:6} {unchanged}")

model.eval()  # only switches Dropout/BatchNorm behaviour
print("after eval(): training", model.training,
      "| requires_grad", model[1].weight.requires_grad)
