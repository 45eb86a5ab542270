# "Expected tensor for argument #1 'indices' to have one of the following
# scalar types: Long, Int; but got torch.FloatTensor instead": an embedding
# given token ids in a floating dtype. Four usual sources, then the fixes,
# and why ids should never be floating in the first place.
import torch
import torch.nn as nn

torch.manual_seed(0)
emb = nn.Embedding(60000, 4)             # a stand-in vocabulary of 60000 ids


def lookup(shown, ids):
    try:
        out = emb(ids)
    except RuntimeError as e:
        print(f"{shown}: {ids.dtype}\n  {type(e).__name__}: {e}")
        return None
    print(f"{shown}: {ids.dtype} -> {tuple(out.shape)}")
    return out


# 1. ids written as floats (or read from a float array)
lookup("torch.tensor([[2.0, 7.0, 1.0]])", torch.tensor([[2.0, 7.0, 1.0]]))
# 2. a placeholder made with torch.zeros/ones: the default dtype is float32
lookup("torch.zeros(1, 3)", torch.zeros(1, 3))
# 3. a whole batch cast to the model's dtype, ids included
batch = {"input_ids": torch.tensor([[2049, 50257, 7]]),
         "features": torch.randn(1, 3)}
half = {k: v.half() for k, v in batch.items()}
lookup("{k: v.half()}['input_ids']", half["input_ids"])
# 4. an empty list of ids: torch.tensor([]) is float32, refused with no ids
lookup("torch.tensor([])", torch.tensor([]))

# the fixes: make ids int64 where they are made, or cast only what is float
lookup("torch.zeros(1, 3, dtype=torch.long)",
       torch.zeros(1, 3, dtype=torch.long))
lookup("torch.tensor([], dtype=torch.long)",
       torch.tensor([], dtype=torch.long))
cast = {k: v.half() if v.is_floating_point() else v for k, v in batch.items()}
assert cast["input_ids"].dtype == torch.int64
assert cast["features"].dtype == torch.float16
good = lookup("cast only floating tensors", cast["input_ids"])

# .long() makes the call run, but it cannot give back ids a float lost
late = half["input_ids"].long()
print("ids:", batch["input_ids"].tolist(), "| after .half().long():",
      late.tolist())
assert not torch.equal(late, batch["input_ids"])
assert not torch.equal(emb(late), good)     # other rows, no error
print("every integer up to: bfloat16", 2 ** 8, "| float16", 2 ** 11,
      "| float32", 2 ** 24)
assert torch.tensor(2 ** 8 + 1).bfloat16().long() == 2 ** 8
assert torch.tensor(2 ** 11 + 1).half().long() == 2 ** 11
assert torch.tensor(2 ** 24 + 1).float().long() == 2 ** 24
# and .long() truncates toward zero: an id computed as 2.9999 becomes 2
print("torch.tensor([2.9999, -0.5]).long():",
      torch.tensor([2.9999, -0.5]).long().tolist())
