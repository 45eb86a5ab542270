# "argument 'input' (position 1) must be Tensor, not list": a list given
# where an operator takes one Tensor. The argument parser makes no tensor
# from a list; what to pass depends on what the list holds.
import torch

torch.manual_seed(0)


def show(call, run):
    try:
        run()
    except TypeError as e:
        print(f"{call}\n  {type(e).__name__}: {str(e).strip()}")


# 1. a conv layer given a list of two images (each 3 x 8 x 8)
conv = torch.nn.Conv2d(3, 4, 3)
xs = [torch.randn(3, 8, 8), torch.randn(3, 8, 8)]
show("conv(xs)", lambda: conv(xs))
# fixes: a batch of both, or one call per tensor (shapes may then differ)
batch = conv(torch.stack(xs))                       # 2 x 3 x 8 x 8
each = [conv(x) for x in xs]                        # two 3-d inputs
assert torch.allclose(batch, torch.stack(each), atol=1e-6)
print("conv(torch.stack(xs)):", tuple(batch.shape),
      "| [conv(x) for x in xs]:", [tuple(o.shape) for o in each])
# or the two as channels of one image, for a conv made for 6 channels
conv6 = torch.nn.Conv2d(6, 4, 3)
print("Conv2d(6, 4, 3)(torch.cat(xs, dim=0)):",
      tuple(conv6(torch.cat(xs, dim=0)).shape))

# 2. an embedding given a list of indices
emb = torch.nn.Embedding(10, 4)
ids = [1, 5, 7]
show("emb(ids)", lambda: emb(ids))
idx = torch.tensor(ids)                             # int64, as indices are
print("emb(torch.tensor(ids)):", tuple(emb(idx).shape), idx.dtype)

# 3. zeros_like given a list (a function that returns one mask per scale)
masks = [torch.ones(2, 4), torch.ones(2, 2)]
show("torch.zeros_like(masks)", lambda: torch.zeros_like(masks))
print("torch.zeros_like(masks[0]):", tuple(torch.zeros_like(masks[0]).shape))
print("[torch.zeros_like(m) for m in masks]:",
      [tuple(torch.zeros_like(m).shape) for m in masks])

# 4. [1] * seqlen, where seqlen is a 0-d tensor (an element of a tensor)
lengths = torch.tensor([3, 2])
seqlen = lengths[0]
print("seqlen:", repr(seqlen), "| [1] * seqlen:", [1] * seqlen)
print("torch.Tensor([1] * seqlen):", torch.Tensor([1] * seqlen))
# the * first asks the tensor: Tensor.__rmul__ gets the list, mul() refuses
show("seqlen.mul([1])", lambda: seqlen.mul([1]))
print("seqlen.__rmul__([1]):", seqlen.__rmul__([1]))
# ... then Python repeats the list seqlen.__index__() times; a float won't do
show("[1] * torch.tensor(3.0)", lambda: [1] * torch.tensor(3.0))
mask = torch.zeros(2, 4)
for i, n in enumerate(lengths):
    mask[i, :int(n)] = torch.Tensor([1] * int(n))   # int(n): a Python int
print("mask from int(seqlen):", mask.tolist())
