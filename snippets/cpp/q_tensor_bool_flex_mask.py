# create_block_mask with a mask_mod that uses `if`. create_mask calls the
# mask_mod once, under nested torch.vmap's over b, h, q_idx and kv_idx, so
# q_idx and kv_idx are batched tensors of every index at once, and `if`,
# `and` or .item() on them asks for one Python value of them all. The fix:
# say the mask with tensor operations and return the boolean tensor.
import runpy

import torch
from torch.nn.attention.flex_attention import create_block_mask, create_mask

raised = runpy.run_path("snippets/cpp/cpp_stack.py")["raised"]


def causal_if(b, h, q_idx, kv_idx):
    if q_idx >= kv_idx:
        return True
    return False


def window_and(b, h, q_idx, kv_idx):
    return q_idx >= kv_idx and q_idx - kv_idx < 32


def causal_item(b, h, q_idx, kv_idx):
    return q_idx.item() >= kv_idx.item()


for fn in (causal_if, window_and, causal_item):
    try:
        create_block_mask(fn, 1, 1, 128, 128, device="cpu")
    except RuntimeError as e:
        print(f"{fn.__name__}: {type(e).__name__}: {str(e).split('. ')[0]}.")

# What the mask_mod is given: one call, 0-d batched tensors
seen = []


def causal_spy(b, h, q_idx, kv_idx):
    seen.append((tuple(q_idx.shape),
                 torch._C._functorch.is_batchedtensor(q_idx)))
    return q_idx >= kv_idx


create_block_mask(causal_spy, 1, 1, 128, 128, device="cpu")
assert len(seen) == 1
print(f"mask_mod calls: {len(seen)}, q_idx shape {seen[0][0]}, "
      f"batched: {seen[0][1]}")
func, where, frames = raised("""
import torch
from torch.nn.attention.flex_attention import create_block_mask
def causal_if(b, h, q_idx, kv_idx):
    if q_idx >= kv_idx:
        return True
    return False
try:
    create_block_mask(causal_if, 1, 1, 128, 128, device="cpu")
except RuntimeError as e:
    print(e)
""")[0]
op = [f for f in frames if f.startswith("at::_ops::")][0]
print(f"raised from {func} at {where}, called by {op}")
print("aten::is_nonzero has a FuncTorchBatched kernel:", torch._C.
      _dispatch_has_kernel_for_dispatch_key("aten::is_nonzero",
                                            "FuncTorchBatched"))


# The fixes: the comparison returned as a tensor, & and | for and and or,
# torch.where for a choice, indexing instead of .item()
def causal(b, h, q_idx, kv_idx):
    return q_idx >= kv_idx


def window(b, h, q_idx, kv_idx):
    return (q_idx >= kv_idx) & (q_idx - kv_idx < 32)


def causal_head0_window_others(b, h, q_idx, kv_idx):
    return torch.where(h == 0, causal(b, h, q_idx, kv_idx),
                       window(b, h, q_idx, kv_idx))


doc = torch.arange(128) // 48            # three documents: 0..47, 48..95, 96..


def same_doc(b, h, q_idx, kv_idx):
    return (doc[q_idx] == doc[kv_idx]) & (q_idx >= kv_idx)


q = torch.arange(128)[:, None]
kv = torch.arange(128)[None, :]
expected = {causal: q >= kv, window: (q >= kv) & (q - kv < 32),
            same_doc: (doc[q] == doc[kv]) & (q >= kv)}
for fn, dense in expected.items():
    assert torch.equal(create_mask(fn, 1, 1, 128, 128, "cpu")[0, 0], dense)
heads = create_mask(causal_head0_window_others, 1, 2, 128, 128, "cpu")[0]
assert torch.equal(heads[0], expected[causal])
assert torch.equal(heads[1], expected[window])
print("create_mask of each fixed mask_mod equals the mask built by hand")

block_mask = create_block_mask(causal, 1, 1, 128, 128, device="cpu",
                               BLOCK_SIZE=32)
blocks = block_mask.to_dense()[0, 0]
assert torch.equal(blocks, torch.tril(torch.ones(4, 4, dtype=blocks.dtype)))
print("causal, 32x32 blocks, to_dense():", blocks.tolist())
