# How a tie breaks: a head re-created after tying is a new Parameter; an init
# loop writes the shared tensor once per module that holds it; the fix is a
# tie_weights() step run last, and again after any module is replaced.
import torch
from torch import nn


class LM(nn.Module):
    def __init__(self, vocab=50, d=16):
        super().__init__()
        self.emb = nn.Embedding(vocab, d)
        self.head = nn.Linear(d, vocab, bias=False)
        self.tie_weights()

    def tie_weights(self):          # what transformers' tie_weights did
        self.head.weight = self.emb.weight

    def forward(self, ids):
        return self.head(self.emb(ids))


class BuggyLM(LM):
    def __init__(self):
        super().__init__()                  # ties ...
        self.head = nn.Linear(16, 50, bias=False)  # ... then replaces it


torch.manual_seed(0)
ids = torch.randint(0, 50, (4, 6))
for model in (LM(), BuggyLM()):
    opt = torch.optim.SGD(model.parameters(), lr=0.5)
    model(ids).logsumexp(-1).mean().backward()
    opt.step()
    n = sum(p.numel() for p in model.parameters())
    is_tied = model.head.weight is model.emb.weight
    print(f"{type(model).__name__:8} tied: {is_tied!s:5}"
          f" parameters: {n}  after one step, head == emb:"
          f" {torch.equal(model.head.weight, model.emb.weight)}")

# Replacing the vocabulary: new modules, so tie again afterwards.
model = LM()
model.emb = nn.Embedding(60, 16)
model.head = nn.Linear(16, 60, bias=False)
print("\nafter resizing to 60 tokens, tied:",
      model.head.weight is model.emb.weight)
model.tie_weights()
print("after tie_weights():             tied:",
      model.head.weight is model.emb.weight)
assert model.head.weight is model.emb.weight


# An init loop reaches the shared tensor through both modules; the module
# apply() visits last (here head, after emb) decides its values.
def init(m):
    if isinstance(m, nn.Embedding):
        nn.init.normal_(m.weight, std=1.0)
    elif isinstance(m, nn.Linear):
        nn.init.normal_(m.weight, std=0.02)


model.apply(init)
std = model.emb.weight.std().item()
print(f"after apply(init): shared weight std {std:.3f}"
      " (the Linear's 0.02, not the Embedding's 1.0)")
assert model.emb.weight.std() < 0.05
