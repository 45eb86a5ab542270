# Freezing part of a layer: a whole parameter (the bias) with
# requires_grad_(False), and part of one tensor (row 0 of the weight)
# with a gradient mask, or by keeping that part out of the parameter.
import torch
from torch import nn

torch.manual_seed(0)
x, y = torch.randn(8, 4), torch.randn(8, 3)


def train(layer, opt, steps=3):
    for _ in range(steps):
        opt.zero_grad()
        nn.functional.mse_loss(layer(x), y).backward()
        opt.step()


def masked_layer():
    torch.manual_seed(0)
    layer = nn.Linear(4, 3)
    layer.bias.requires_grad_(False)        # a whole tensor: frozen
    mask = torch.ones_like(layer.weight)
    mask[0] = 0                              # row 0 of the weight: frozen
    layer.weight.register_hook(lambda g: g * mask)
    return layer


for name, make_opt in [
        ("SGD", lambda ps: torch.optim.SGD(ps, lr=0.1)),
        ("Adam", lambda ps: torch.optim.Adam(ps, lr=0.1)),
        ("AdamW weight_decay=0.1",
         lambda ps: torch.optim.AdamW(ps, lr=0.1, weight_decay=0.1))]:
    layer = masked_layer()
    w0, b0 = layer.weight.detach().clone(), layer.bias.detach().clone()
    train(layer, make_opt([p for p in layer.parameters() if p.requires_grad]))
    print(f"mask hook, {name:<22} row 0 kept: "
          f"{torch.equal(layer.weight[0], w0[0])}, rows 1-2 trained: "
          f"{not torch.equal(layer.weight[1:], w0[1:])}, "
          f"bias kept: {torch.equal(layer.bias, b0)}")


# Independent of the optimizer: the frozen part is a buffer, only the
# trained part is a Parameter, and forward puts the weight together.
class PartlyFrozenLinear(nn.Module):
    def __init__(self, linear, frozen_rows):
        super().__init__()
        w = linear.weight.detach()
        self.register_buffer("frozen", w[:frozen_rows].clone())
        self.trained = nn.Parameter(w[frozen_rows:].clone())
        self.register_buffer("bias", linear.bias.detach().clone())

    def forward(self, inp):
        weight = torch.cat([self.frozen, self.trained])
        return nn.functional.linear(inp, weight, self.bias)


torch.manual_seed(0)
part = PartlyFrozenLinear(nn.Linear(4, 3), frozen_rows=1)
f0 = part.frozen.clone()
train(part, torch.optim.AdamW(part.parameters(), lr=0.1, weight_decay=0.1))
assert torch.equal(part.frozen, f0)
print("buffer + Parameter, AdamW weight_decay=0.1: row 0 kept:",
      torch.equal(part.frozen, f0), "| parameters:",
      [name for name, _ in part.named_parameters()])
