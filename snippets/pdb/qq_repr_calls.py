# command: python snippets/pdb/qq_repr_calls.py
import torch

shown = []  # the shape of every tensor whose repr() runs
plain_repr = torch.Tensor.__repr__


def counting_repr(self, *args, **kwargs):
    shown.append(tuple(self.shape))
    return plain_repr(self, *args, **kwargs)


torch.Tensor.__repr__ = counting_repr


def step(batch):
    torch.manual_seed(0)
    big = torch.randn(2000, 2000)
    scale = torch.tensor(0.5)
    breakpoint()
    out = big * scale
    out = out.sum(0) + batch
    return out.shape


print("step returned", step(torch.ones(2000)))
print("repr calls:", len(shown))
