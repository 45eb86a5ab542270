# Freezing a Linear: requires_grad_(False) stops its gradients. A stale
# zero gradient with momentum can still move it; eval() freezes nothing.
import torch
from torch import nn

x = torch.randn(4, 3, generator=torch.Generator().manual_seed(1))


def train(set_to_none, steps=3):
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(3, 3), nn.Linear(3, 1))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    for step in range(2 * steps):
        if step == steps:  # freeze the first layer halfway through
            model[0].requires_grad_(False)
            before = model[0].weight.clone()
        optimizer.zero_grad(set_to_none=set_to_none)
        model(x).sum().backward()
        optimizer.step()
    return model, before


model, before = train(set_to_none=True)
print("frozen: requires_grad", model[0].weight.requires_grad,
      "| grad", model[0].weight.grad,
      "| unchanged", torch.equal(before, model[0].weight))
model, before = train(set_to_none=False)
grad = model[0].weight.grad
print("zero_grad(set_to_none=False): grad all zeros", bool((grad == 0).all()),
      "| unchanged", torch.equal(before, model[0].weight))

model.eval()  # only switches Dropout/BatchNorm behaviour
print("after eval(): requires_grad", model[1].weight.requires_grad)
