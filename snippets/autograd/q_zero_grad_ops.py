# Operations whose gradient is zero (round, floor, sign, clamp outside
# its range) or absent (comparisons, argmax), and the usual remedies.
import torch


def grad_of(label, f):
    x = torch.tensor([0.4, 1.6, 3.0], requires_grad=True)
    y = f(x)
    if y.requires_grad:
        y.sum().backward()
        g = [round(v, 4) for v in x.grad.tolist()]
    else:
        g = "None (no grad_fn: nothing recorded)"
    print(f"{label:<38} grad: {g}")


grad_of("x.round()", torch.round)
grad_of("torch.sign(x)", torch.sign)
grad_of("x.clamp(0, 2)", lambda x: x.clamp(0, 2))
grad_of("(x > 1).float()", lambda x: (x > 1).float())
grad_of("x[x.argmax()] via argmax index", lambda x: x[x.argmax()])
grad_of("x.argmax().float()", lambda x: x.argmax().float())
torch.manual_seed(0)  # a sampled index (a generated word) is an integer too
grad_of("multinomial(softmax(x), 1).float()",
        lambda x: torch.multinomial(torch.softmax(x, 0), 1).float())

# Remedies: a straight-through estimator for rounding, a softmax for
# a differentiable "which one is largest".
grad_of("x + (x.round() - x).detach()",
        lambda x: x + (x.round() - x).detach())
grad_of("(softmax(x) * arange(3)).sum()",
        lambda x: (torch.softmax(x, 0) * torch.arange(3.0)).sum())
# ... and for a sample, the log-probability of the index drawn (REINFORCE
# multiplies it by a reward): the sampling itself stays outside the graph.
torch.manual_seed(0)
grad_of("log_softmax(x)[sampled index]",
        lambda x: torch.log_softmax(x, 0)[
            torch.multinomial(torch.softmax(x.detach(), 0), 1)])
