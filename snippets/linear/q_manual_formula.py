# nn.Linear against the formula typed by hand: x @ W + b runs on a
# square layer and gives something else; x @ W.T + b is what it computes.
import torch
from torch import nn

torch.manual_seed(10)
model = nn.Linear(3, 3)
data = torch.tensor([[1.0, 2.0, 3.0]])
with torch.no_grad():
    out = model(data)
    wrong = data @ model.weight + model.bias      # rows of W used as columns
    right = data @ model.weight.T + model.bias    # the layer's formula
print("model(data):      ", out)
print("data @ W + b:     ", wrong)
print("data @ W.T + b:   ", right)
print("equal to model(data):", torch.allclose(wrong, out),
      torch.allclose(right, out))
try:  # with in_features != out_features the mistake cannot run silently
    data @ nn.Linear(3, 2).weight
except RuntimeError as e:
    print("Linear(3, 2), data @ W:", e)
assert torch.allclose(right, out)
