# Unfreezing layers later (fine-tuning): requires_grad_(True) is not
# enough when the optimizer was built from the trainable parameters only.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
model[0].requires_grad_(False)  # Module.requires_grad_: every parameter
opt = torch.optim.SGD([p for p in model.parameters() if p.requires_grad],
                      lr=0.1)


def train_step():
    before = model[0].weight.detach().clone()
    opt.zero_grad()
    model(torch.randn(5, 3)).pow(2).mean().backward()
    opt.step()
    return not torch.equal(before, model[0].weight)


print("frozen: first layer changed:", train_step(),
      "| its .grad:", model[0].weight.grad)
model[0].requires_grad_(True)  # "unfreeze"
print("unfrozen: first layer changed:", train_step(),
      "| it has a .grad now:", model[0].weight.grad is not None)
held = {id(p) for group in opt.param_groups for p in group["params"]}
print("the optimizer holds it:", id(model[0].weight) in held)

# Fix: add the unfrozen parameters to the optimizer (often with a lower
# learning rate), or build the optimizer from all parameters at the start:
# parameters whose .grad is None are skipped by step().
opt.add_param_group({"params": model[0].parameters(), "lr": 0.01})
print("after add_param_group: first layer changed:", train_step())

# The other fix: an optimizer built from all the parameters at the start
# skips those whose .grad is None, weight decay and momentum included.
OPTIMIZERS = {
    "SGD, momentum": lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9,
                                               weight_decay=0.1),
    "Adam": lambda p: torch.optim.Adam(p, lr=0.1, weight_decay=0.1),
    "AdamW": lambda p: torch.optim.AdamW(p, lr=0.1, weight_decay=0.1),
}
for label, make in OPTIMIZERS.items():
    model[0].requires_grad_(False)  # train_step's zero_grad() clears .grad
    opt = make(model.parameters())  # all of them, frozen ones included
    changed = [train_step() for _ in range(2)]
    print(f"{label + ' (weight decay 0.1):':<31} frozen layer changed:",
          any(changed), "| its .grad:", model[0].weight.grad)
