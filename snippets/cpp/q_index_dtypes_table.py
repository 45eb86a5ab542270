# Which index dtypes each indexing operator of torch 2.13.0 takes, on the
# CPU, the message it gives a float32 index, and the C++ function and line
# that raises it (from a child Python with TORCH_SHOW_CPP_STACKTRACES=1).
import os
import re
import subprocess
import sys
import warnings

import torch
import torch.nn.functional as F

DTYPES = [torch.int8, torch.uint8, torch.int16, torch.int32, torch.int64,
          torch.float32, torch.bool]
SETUP = "w = torch.randn(5, 3); i2 = i[:, None].expand(5, 3)"
OPS = {  # what the table calls it: the call, with i of five values in 0..1
    "F.embedding(i, w)": "F.embedding(i, w)",
    "F.embedding_bag(i[None], w)": "F.embedding_bag(i[None], w)",
    "w.index_select(0, i)": "w.index_select(0, i)",
    "w.gather(0, i2)": "w.gather(0, i2)",
    "w.scatter_(0, i2, 1.0)": "w.scatter_(0, i2, 1.0)",
    "w.index_add_(0, i, src)": "w.index_add_(0, i, torch.ones(5, 3))",
    "w.index_copy_(0, i, src)": "w.index_copy_(0, i, torch.ones(5, 3))",
    "w.index_fill_(0, i, 0.0)": "w.index_fill_(0, i, 0.0)",
    "w.take(i)": "w.take(i)",
    "w[i]": "w[i]",
    "F.one_hot(i, 2)": "F.one_hot(i, 2)",
    "F.cross_entropy(logits, i)": "F.cross_entropy(torch.randn(5, 2), i)",
}
caught = []


def run(op, dtype):
    """'ok', 'mask' (w[i] reads uint8 and bool as a mask), or the error."""
    scope = {"torch": torch, "F": F, "i": torch.tensor([1, 0, 1, 0, 1],
                                                        dtype=dtype)}
    exec(SETUP, scope)
    try:
        with warnings.catch_warnings(record=True) as seen:
            warnings.simplefilter("always")
            out = eval(OPS[op], scope)
    except (RuntimeError, IndexError) as e:
        return e
    caught.extend((op, dtype, s) for s in seen)
    if op == "w[i]" and dtype in (torch.uint8, torch.bool):
        assert torch.equal(out, scope["w"][[0, 2, 4]])  # rows where i is 1
        return "mask"
    return "ok"


results = {op: {d: run(op, d) for d in DTYPES} for op in OPS}
names = [str(d).removeprefix("torch.") for d in DTYPES]
print(f"{'index dtype:':28}" + "".join(f"{n:>8}" for n in names))
for op, row in results.items():
    print(f"{op:28}" + "".join(
        f"{r if isinstance(r, str) else '-':>8}" for r in row.values()))
for op, dtype, s in caught:                      # uint8 as a mask
    print(f"{op} with {dtype}: {s.category.__name__}: "
          f"{str(s.message).split(' (Triggered')[0]}")

# what the table shows, as the sets of dtypes each operator accepts
accepts = {op: {d for d, r in row.items() if isinstance(r, str)}
           for op, row in results.items()}
i32_i64 = {torch.int32, torch.int64}
for op in list(OPS)[:6]:
    assert accepts[op] == i32_i64, op
for op in ("w.index_copy_(0, i, src)", "w.index_fill_(0, i, 0.0)",
           "w.take(i)", "F.one_hot(i, 2)"):
    assert accepts[op] == {torch.int64}, op
assert accepts["w[i]"] == i32_i64 | {torch.uint8, torch.bool}
assert accepts["F.cross_entropy(logits, i)"] == {torch.int64, torch.uint8}
assert all(torch.float32 not in a for a in accepts.values())

print("\nThe message for a float32 index:")
for op, row in results.items():
    e = row[torch.float32]
    print(f"{op}\n  {type(e).__name__}: {e}")

# where each check is: the C++ function and line that raised it
code = "import torch, torch.nn.functional as F\n" + "".join(
    f"print('@@ {op}')\ni = torch.tensor([1., 0., 1., 0., 1.]); {SETUP}\n"
    f"try:\n    {call}\nexcept Exception as e:\n    print(e)\n"
    for op, call in OPS.items())
child = subprocess.run([sys.executable, "-c", code], capture_output=True,
                       text=True, env=dict(os.environ,
                                           TORCH_SHOW_CPP_STACKTRACES="1",
                                           TORCH_DISABLE_ADDR2LINE="1"))
print("\nWhere the check is, as the installed torch reports it:")
for block in child.stdout.split("@@ ")[1:]:
    op = block.splitlines()[0]
    where = re.search(r"raised from (\w+) at \S*?/(aten/\S+:\d+)", block)
    print(f"{op:28}{where[1]}\n{'':28}{where[2]}")
