# Parameters set to requires_grad=False are still changed by the
# optimizer when their .grad is a tensor of zeros instead of None.
import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(8, 3)
y = x.sum(1, keepdim=True)


def run(label, make_opt, set_to_none, freeze_at=2):
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(3, 3), nn.Linear(3, 1))
    if freeze_at == 0:  # frozen before the optimizer is built
        model[0].requires_grad_(False)
        frozen = model[0].weight.detach().clone()
    opt = make_opt(model)
    for step in range(4):
        if step == freeze_at and step > 0:  # frozen half-way
            model[0].requires_grad_(False)
            frozen = model[0].weight.detach().clone()
        opt.zero_grad(set_to_none=set_to_none)
        nn.functional.mse_loss(model(x), y).backward()
        opt.step()
    moved = not torch.equal(frozen, model[0].weight)
    print(f"{label:<46} frozen weight changed: {moved}")


def adam(m):
    return torch.optim.Adam(m.parameters(), lr=0.1)


def sgd_wd(m):
    return torch.optim.SGD(m.parameters(), lr=0.1, weight_decay=0.1)


def trainable_only(m):  # the optimizer built after freezing
    return torch.optim.Adam((p for p in m.parameters()
                             if p.requires_grad), lr=0.1)


run("Adam, zero_grad(set_to_none=False)", adam, False)
run("SGD weight_decay, zero_grad(set_to_none=False)", sgd_wd, False)
run("Adam, zero_grad() (set_to_none=True)", adam, True)
run("SGD weight_decay, zero_grad()", sgd_wd, True)
run("frozen first, optimizer over trainable only", trainable_only, False,
    freeze_at=0)
