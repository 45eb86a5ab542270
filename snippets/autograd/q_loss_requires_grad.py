# loss.requires_grad = True silences "element 0 of tensors does not
# require grad", but the graph is still cut: no parameter gets a grad.
import torch
from torch import nn

torch.manual_seed(0)
model, x, y = nn.Linear(3, 1), torch.randn(8, 3), torch.randn(8, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)


def train(label, make_loss):
    losses = []
    for _ in range(3):
        opt.zero_grad()
        loss = make_loss()
        if not loss.requires_grad:  # the "fix" that hides the cut
            loss.requires_grad = True
        loss.backward()
        opt.step()
        losses.append(round(loss.item(), 4))
    print(f"{label:<28} grad_fn={type(loss.grad_fn).__name__:<14} "
          f"weight.grad is None: {model.weight.grad is None!s:<5} "
          f"losses: {losses}")


def cut_by_numpy():  # the prediction leaves the graph, comes back
    pred = torch.from_numpy(model(x).detach().numpy())
    return ((pred - y) ** 2).mean()


def kept():
    return ((model(x) - y) ** 2).mean()


train("cut (numpy), requires_grad", cut_by_numpy)
train("kept in the graph", kept)
