# Counting parameters: all of them, the trainable ones, and shared ones.
import torch
from torch import nn

model = nn.Sequential(nn.Embedding(10, 4), nn.Linear(4, 4), nn.BatchNorm1d(4),
                      nn.Linear(4, 10))
model[0].requires_grad_(False)  # a frozen embedding


def count(m):
    total = sum(p.numel() for p in m.parameters())
    trainable = sum(p.numel() for p in m.parameters() if p.requires_grad)
    return total, trainable


print("total, trainable:", count(model))
print("buffers are not parameters:",
      {n: b.numel() for n, b in model.named_buffers()})
state = model.state_dict()
print("state_dict values:", sum(v.numel() for v in state.values()))

# Tied weights: the output layer reuses the embedding matrix.
tied = nn.Sequential(nn.Embedding(10, 4), nn.Linear(4, 10, bias=False))
tied[1].weight = tied[0].weight
print("tied: parameters() counts the shared one once:", count(tied)[0],
      "| per layer:", [p.numel() for layer in tied
                       for p in layer.parameters()])
print("tied: state_dict keys:", list(tied.state_dict()))
