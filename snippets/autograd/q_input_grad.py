# The gradient of a model's output with respect to its input (a saliency
# map, or the first step of an adversarial attack): the input must require
# grad, and the forward must run with recording on.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3)).eval()
model.requires_grad_(False)  # frozen weights: input gradients still work
x = torch.randn(5, 4)
labels = torch.tensor([0, 2, 1, 1, 0])

with torch.no_grad():  # how inference code usually runs the model
    scores = model(x.requires_grad_())
try:
    scores[0, labels[0]].backward()
except RuntimeError as e:
    print("under no_grad: RuntimeError:", e)

scores = model(x)  # recording on, x requires grad
picked = scores.gather(1, labels[:, None]).sum()  # each sample's class score
(saliency,) = torch.autograd.grad(picked, x)
print("saliency:", tuple(saliency.shape), "| weights got a .grad:",
      model[0].weight.grad is not None)

# The batch's samples are independent, so row 3 is sample 3's own gradient.
x3 = x[3:4].detach().requires_grad_()
model(x3)[0, labels[3]].backward()
assert torch.allclose(saliency[3], x3.grad[0])
print("row 3 equals a backward on sample 3 alone")
