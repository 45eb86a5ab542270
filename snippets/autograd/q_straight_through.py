# (hard - soft).detach() + soft: the forward value is the hard mask's,
# the gradient is the soft mask's (a straight-through estimator).
import torch

x = torch.tensor([1.0, 2.0, 3.0])
logits = torch.tensor([-1.0, 0.5, 2.0], requires_grad=True)


def run(label, make):
    logits.grad = None
    mask = torch.sigmoid(logits)
    out = make(mask)
    if out.requires_grad:
        out.sum().backward()
    g = logits.grad  # stays None when out has no graph back to logits
    print(f"{label:<34} out={[round(v, 3) for v in out.tolist()]} grad="
          f"{None if g is None else [round(v, 3) for v in g.tolist()]}")


run("x * mask (soft)", lambda m: x * m)
run("(x * (mask >= 0.5)).detach()", lambda m: (x * (m >= 0.5)).detach())
run("x * (mask >= 0.5)", lambda m: x * (m >= 0.5))
run("(x*(m>=.5) - x*m).detach() + x*m",
    lambda m: (x * (m >= 0.5) - x * m).detach() + x * m)
