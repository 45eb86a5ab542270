# Writing float8 values into a float8 cache only moves bytes. Where the
# copying kernel has no float8 case, do the same write on uint8 views of
# the same memory: every bit is kept.
import torch

f8 = torch.float8_e4m3fn
gen = torch.Generator().manual_seed(0)
cache = torch.zeros(6, 2, 4, dtype=f8)  # slots x heads x head_dim
new = torch.randn(2, 2, 4, generator=gen).to(f8)  # two tokens' keys
new[0, 0, 0] = float("nan")  # a NaN, whose bits must survive too
slots = torch.tensor([4, 1])  # the cache slots of the two tokens
index = slots.view(2, 1, 1).expand_as(new)  # scatter_ wants a full index

for label, call in (("cache.scatter_(0, index, new)",
                     lambda: cache.clone().scatter_(0, index, new)),
                    ("cache.index_copy_(0, slots, new)",
                     lambda: cache.clone().index_copy_(0, slots, new))):
    try:
        call()
    except NotImplementedError as e:
        print(f"{label:33} NotImplementedError: {e}")

# the fix: a uint8 view shares the cache's memory, one byte an element
u8 = cache.view(torch.uint8)
assert u8.data_ptr() == cache.data_ptr() and u8.shape == cache.shape
u8.scatter_(0, index, new.view(torch.uint8))  # writes into `cache`
assert torch.equal(cache[slots].view(torch.uint8), new.view(torch.uint8))
print("scatter_ on uint8 views:   cache[slots] has new's bytes, NaN too:",
      cache[4, 0, 0].isnan().item())

other = torch.zeros_like(cache)
other.view(torch.uint8).index_copy_(0, slots, new.view(torch.uint8))
assert torch.equal(other.view(torch.uint8), cache.view(torch.uint8))
print("index_copy_ on uint8 views: the same bytes")

# the same for torch.cat, where a torch or device lacks its float8 case
joined = torch.cat([cache.view(torch.uint8), new.view(torch.uint8)])
joined = joined.view(f8)
assert torch.equal(joined[6:].view(torch.uint8), new.view(torch.uint8))
print("torch.cat on uint8 views, viewed back:", joined.dtype,
      tuple(joined.shape))

# equality of values misses the NaN; equality of bytes does not
print("torch.equal(values):", torch.equal(cache[slots].float(),
                                          new.float()),
      "| torch.equal(bytes):", torch.equal(cache[slots].view(torch.uint8),
                                           new.view(torch.uint8)))
