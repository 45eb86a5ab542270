# Tying a stand-in language model's output Linear to its input Embedding by
# assignment: what it saves, the shared weight's gradient, what state_dict()
# holds, and which operations keep the tie.
import torch
from torch import nn


class TinyLM(nn.Module):
    def __init__(self, vocab=50, d=16, tie=True):
        super().__init__()
        self.emb = nn.Embedding(vocab, d)              # weight (vocab, d)
        self.body = nn.Linear(d, d)
        self.head = nn.Linear(d, vocab, bias=False)    # weight (vocab, d) too
        if tie:
            self.head.weight = self.emb.weight  # one Parameter, two names

    def forward(self, ids):
        return self.head(torch.tanh(self.body(self.emb(ids))))


count = lambda m: sum(p.numel() for p in m.parameters())
torch.manual_seed(0)
tied, untied = TinyLM(), TinyLM(tie=False)
print("head.weight is emb.weight:", tied.head.weight is tied.emb.weight)
print("parameters: untied", count(untied), " tied", count(tied),
      " saved", count(untied) - count(tied), "= vocab * d =", 50 * 16)
assert count(untied) - count(tied) == 50 * 16

# The shared weight's gradient is the sum of the two uses' gradients: compare
# with an untied copy holding the same values.
untied.load_state_dict(tied.state_dict())
ids = torch.randint(0, 50, (4, 6))
target = torch.randint(0, 50, (4, 6))
loss = lambda m: nn.functional.cross_entropy(m(ids).flatten(0, 1),
                                             target.flatten())
loss(tied).backward()
loss(untied).backward()
g_emb, g_head = untied.emb.weight.grad, untied.head.weight.grad
assert torch.allclose(tied.emb.weight.grad, g_emb + g_head, atol=1e-7)
rows = lambda g: int((g.abs().sum(dim=1) > 0).sum())
print("grad of the shared weight == embedding's grad + head's grad:", True)
print(f"rows with a gradient: embedding {rows(g_emb)} (the tokens in the "
      f"batch: {ids.unique().numel()}), head {rows(g_head)}, "
      f"shared {rows(tied.emb.weight.grad)}")

sd = tied.state_dict()
print("\nstate_dict keys:", list(sd))
print("emb.weight and head.weight share storage:",
      sd["emb.weight"].data_ptr() == sd["head.weight"].data_ptr())
print("named_parameters():", [n for n, _ in tied.named_parameters()])

tied.double()                                          # .to() keeps the tie
print("after .double(): head.weight is emb.weight:",
      tied.head.weight is tied.emb.weight, tied.emb.weight.dtype)
tied.float()
donor = TinyLM()
tied.load_state_dict(donor.state_dict())               # copies in place
print("after load_state_dict: head.weight is emb.weight:",
      tied.head.weight is tied.emb.weight)
assert tied.head.weight is tied.emb.weight

# A checkpoint whose two keys hold different values (saved untied) loads into
# the one tensor twice: the key copied last wins, and no error is raised.
other = TinyLM(tie=False)
result = tied.load_state_dict(other.state_dict())
print("loading an untied checkpoint:", result,
      "| shared weight == its head.weight:",
      torch.equal(tied.emb.weight, other.head.weight),
      "| == its emb.weight:", torch.equal(tied.emb.weight, other.emb.weight))

# load_state_dict(..., assign=True) sets each key's tensor as a new Parameter
# instead of copying into the existing one: the tie is gone.
tied.load_state_dict(donor.state_dict(), assign=True)
print("after load_state_dict(assign=True): head.weight is emb.weight:",
      tied.head.weight is tied.emb.weight, "| same storage:",
      tied.head.weight.data_ptr() == tied.emb.weight.data_ptr())
assert tied.head.weight is not tied.emb.weight
