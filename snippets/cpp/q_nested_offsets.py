# terminal: j1, j2 number the offsets tensors this process has seen
# Adding two jagged nested tensors with the same lengths fails: each one's
# ragged size (j1, j2) belongs to its own offsets tensor, and a binary
# operator needs the very same one. Make one share the other's offsets.
import logging

import torch

torch.manual_seed(0)
lengths = [2, 3]
query = torch.nested.nested_tensor(
    [torch.randn(n, 4) for n in lengths], layout=torch.jagged)
key = torch.nested.nested_tensor(
    [torch.randn(n, 4) for n in lengths], layout=torch.jagged)
print("query:", query.shape, "offsets", query.offsets().tolist())
print("key:  ", key.shape, "offsets", key.offsets().tolist())
print("equal offsets:", torch.equal(query.offsets(), key.offsets()),
      "| same tensor:", query.offsets() is key.offsets(),
      "| same size:", query.shape[1] == key.shape[1])
try:
    query + key
except RuntimeError as e:
    print(f"query + key: {type(e).__name__}: {e}")

# the ragged size is looked up by the offsets tensor itself: a copy with
# the same numbers gets a new one
fx_log = logging.getLogger("torch.fx._symbolic_trace")
old_level = fx_log.level
fx_log.setLevel(logging.ERROR)  # its is_fx_tracing warning, once a process
try:
    copied = torch.nested.nested_tensor_from_jagged(
        key.values(), offsets=query.offsets().clone())
    print("on a copy of query's offsets:", copied.shape)

    # the fix: check that the pieces line up, then view key's values with
    # query's own offsets tensor
    assert torch.equal(query.offsets(), key.offsets())
    shared = torch.nested.nested_tensor_from_jagged(
        key.values(), offsets=query.offsets())
finally:
    fx_log.setLevel(old_level)
print("on query's offsets:", shared.shape,
      "| shares values with key:",
      shared.values().data_ptr() == key.values().data_ptr())
total = query + shared
for q, k, t in zip(query.unbind(), key.unbind(), total.unbind()):
    assert torch.equal(q + k, t)
print("query + shared:", total.shape)

# results of operators on query keep its offsets, so they combine with it
linear = torch.nn.Linear(4, 4)
print("query + linear(query):", (query + linear(query)).shape)
