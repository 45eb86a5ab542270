# "Only Tensors of floating point and complex dtype can require gradients":
# a gradient is a small change, and integer tensors have none to take.
import torch

try:
    torch.tensor([1, 2, 3], requires_grad=True)  # int64, from the integers
except RuntimeError as e:
    print("RuntimeError:", e)

x = torch.tensor([1, 2, 3], dtype=torch.float32, requires_grad=True)
(x ** 2).sum().backward()
print("float32:", x.grad)

torch.manual_seed(0)
idx = torch.tensor([0, 2])  # indices stay integer and need no gradient
emb = torch.nn.Embedding(3, 2)
emb(idx).sum().backward()
print("integer indices into an Embedding, its weight's grad rows:",
      emb.weight.grad.sum(dim=1).tolist())

logits = torch.randn(2, 3, requires_grad=True)
print("argmax output requires_grad:", logits.argmax(dim=1).requires_grad)
