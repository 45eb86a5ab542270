# The other way round: a Linear classifier's float logits and the loss's
# targets. cross_entropy wants class indices as int64 (Long).
import torch
from torch import nn

torch.manual_seed(0)
head = nn.Linear(5, 3)                      # 3 classes
logits = head(torch.randn(4, 5))            # float32, (4, 3)
labels = torch.tensor([0.0, 2.0, 1.0, 2.0])  # class ids stored as floats
for name, bad in [("float class ids", labels),
                  ("int32 class ids", labels.int())]:
    try:
        nn.functional.cross_entropy(logits, bad)
    except RuntimeError as e:
        print(f"{name}: RuntimeError: {e}")
loss = nn.functional.cross_entropy(logits, labels.long())
print("labels.long():", round(loss.item(), 4))
byte = nn.functional.cross_entropy(logits, labels.to(torch.uint8))
print("uint8 (Byte) class ids give the same loss:", torch.allclose(byte, loss))
# Float targets of the logits' shape are read as class probabilities:
probs = nn.functional.one_hot(labels.long(), 3).float()
same = torch.allclose(nn.functional.cross_entropy(logits, probs), loss)
print("one-hot float targets give the same loss:", same)
assert same
# nll_loss takes class indices only:
try:
    nn.functional.nll_loss(logits.log_softmax(1), probs)
except RuntimeError as e:
    print("nll_loss, float targets: RuntimeError:", e)
