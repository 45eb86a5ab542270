# "Expected object of scalar type Long but got scalar type Float for
# argument #3 'index'": a one-hot encoding made with scatter_ from class
# labels that are float. What torch 2.13.0 says for scatter_ and its
# relatives, the fix, and F.one_hot, which does the encoding directly.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
N, C, H, W = 2, 4, 3, 3
pred = torch.randn(N, C, H, W)                   # a segmentation output
target = torch.randint(0, C, (N, H, W)).float()  # labels kept as float


def encode_one_hot_label(pred, target, dim):     # the loss's helper
    one_hot_label = pred.detach() * 0
    one_hot_label.scatter_(dim, target.unsqueeze(1), 1)
    return one_hot_label


def show(shown, run):
    try:
        run()
        print(f"{shown}: runs")
    except (RuntimeError, IndexError) as e:
        print(f"{shown}\n  {type(e).__name__}: {e}")


show("one_hot_label.scatter_(1, target.unsqueeze(1), 1)",
     lambda: encode_one_hot_label(pred, target, 1))

# the same check in its relatives, for a float and for an int32 index
x = torch.randn(5, 3)
for name in ("float32", "int32"):
    i = torch.tensor([1, 0]).to(getattr(torch, name))
    print(f"-- index dtype {name}")
    show("  x.scatter_(0, i, 1.0)",
         lambda: x.clone().scatter_(0, i.view(-1, 1).expand(-1, 3), 1.0))
    show("  x.gather(0, i)", lambda: x.gather(0, i.view(-1, 1).expand(-1, 3)))
    show("  x.index_select(0, i)", lambda: x.index_select(0, i))
    show("  x.index_add_(0, i, src)",
         lambda: x.clone().index_add_(0, i, torch.ones(2, 3)))

# the fix: class indices as int64
one_hot = encode_one_hot_label(pred, target.long(), 1)
print("scatter_ with target.long():", tuple(one_hot.shape),
      "| ones per pixel:", one_hot.sum(1).unique().tolist())

# F.one_hot does it directly; it puts the classes last and takes int64 only
direct = F.one_hot(target.long(), C).permute(0, 3, 1, 2).to(pred.dtype)
assert torch.equal(direct, one_hot)
print("F.one_hot(target.long(), C).permute(0, 3, 1, 2) == scatter_:",
      torch.equal(direct, one_hot))
show("F.one_hot(target.int(), C)", lambda: F.one_hot(target.int(), C))

# scatter_ along dim 0 writes classes into the batch dimension
show("scatter_(0, target.long().unsqueeze(1), 1)",
     lambda: encode_one_hot_label(pred, target.long(), 0))
# with a batch larger than every class number it runs, into the wrong places
big = target.long().repeat(3, 1, 1)               # a batch of 6, classes 0..3
wrong = encode_one_hot_label(torch.randn(6, C, H, W), big, 0)
assert wrong[:, 1:].sum() == 0                    # only channel 0 written
print("batch of 6, scatter_(0, ...): runs | ones outside channel 0:",
      int(wrong[:, 1:].sum()))

# the check of scatter_ and gather skips an index with no elements
empty = torch.empty(0, 3)                        # float32, no elements
show("x.scatter_(0, empty float32 index, 1.0)",
     lambda: x.clone().scatter_(0, empty, 1.0))
show("x.gather(0, empty float32 index)", lambda: x.gather(0, empty))
