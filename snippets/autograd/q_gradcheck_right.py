# gradcheck failing although backward is right: a kink at an input,
# randomness in forward, and no input requiring grad.
import torch
import torch.nn.functional as F
from torch.autograd.gradcheck import GradcheckError, gradcheck


def check(label, fn, *inputs, show_row=False):
    try:
        ok = gradcheck(fn, inputs)
    except (GradcheckError, ValueError) as e:
        ok = f"{type(e).__name__}: {str(e).splitlines()[0]}"
        if show_row:  # the Jacobians' first rows, for the input 0.0
            lines = str(e).splitlines()
            ok += f"\n  {lines[1]}\n  {lines[3]}"
    print(f"{label:<34} {ok}")


kink = torch.tensor([0.0, 1.0], dtype=torch.float64, requires_grad=True)
away = torch.tensor([0.3, 1.0], dtype=torch.float64, requires_grad=True)
check("relu at 0 (a kink)", torch.relu, kink, show_row=True)
check("relu away from 0", torch.relu, away)

torch.manual_seed(1)
check("dropout (random forward)", lambda t: F.dropout(t, 0.5), away)


def seeded_dropout(t):  # the same mask at every call gradcheck makes
    torch.manual_seed(0)
    return F.dropout(t, 0.5)


check("dropout, reseeded at each call", seeded_dropout, away)
check("no input requires grad", torch.sin, away.detach())
