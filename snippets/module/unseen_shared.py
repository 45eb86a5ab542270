# A Parameter shared by two modules is yielded once, under the name of
# the first module that named_modules() reaches.
import torch
from torch import nn


class TiedLM(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(10, 4)
        self.head = nn.Linear(4, 10, bias=False)
        self.head.weight = self.emb.weight       # tied


m = TiedLM()
print("named_parameters:", [n for n, _ in m.named_parameters()])
print("remove_duplicate=False:",
      [n for n, _ in m.named_parameters(remove_duplicate=False)])
print("state_dict:", list(m.state_dict()))
print("count: parameters()", sum(p.numel() for p in m.parameters()),
      "| per layer", sum(p.numel() for l in (m.emb, m.head)
                         for p in l.parameters()))
try:
    dict(m.named_parameters())["head.weight"].requires_grad_(False)
except KeyError as e:
    print(f"{type(e).__name__}: {e}")
by_name = dict(m.named_parameters(remove_duplicate=False))
print("same object under both names:",
      by_name["head.weight"] is by_name["emb.weight"])
