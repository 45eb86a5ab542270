# terminal: its traceback names its own file's lines; a notebook cell's differ
# "Dynamo failed to run FX node with fake tensors": the operator failed on
# fake tensors. Which operator, which shapes, and on which line of yours?
import logging
import os
import traceback

import torch
from torch._subclasses.fake_tensor import FakeTensorMode

# FakeTensorMode logs each failing Meta kernel's traceback; the error is
# raised anyway, so keep the log quiet here
logging.getLogger("torch._subclasses.fake_tensor").setLevel(logging.CRITICAL)


def rope(q, freqs):
    return q * freqs           # freqs was made for another length


q = torch.randn(1, 6, 2, 4)              # 6 positions
freqs = torch.randn(1, 5, 1, 4)          # 5 positions

try:
    torch.compile(rope, backend="eager")(q, freqs)
except Exception as e:
    explanation = str(e).splitlines()[1].strip()
    print(f"{type(e).__name__}: {str(e).splitlines()[0]}")
    print(explanation[:explanation.index("got") + 3])
    print("   ", explanation[explanation.index("got") + 4:])
    hint = [ln for ln in str(e).splitlines() if "Hint:" in ln][0]
    print(hint.strip()[:hint.strip().index(".") + 1])

try:
    rope(q, freqs)                       # eager: the same mismatch
except RuntimeError as e:
    print(f"eager: {type(e).__name__}: {e}")

# The same failure without the compiler: fake copies of the inputs, the
# function run under the mode; the traceback ends in your code, not Dynamo's
mode = FakeTensorMode()
fake_q, fake_freqs = mode.from_tensor(q), mode.from_tensor(freqs)
try:
    with mode:
        rope(fake_q, fake_freqs)
except RuntimeError as e:
    for frame in traceback.extract_tb(e.__traceback__):
        path = frame.filename.replace(os.sep, "/")
        if frame.filename == __file__:
            where = f"{os.path.basename(path)}:{frame.lineno}"
        elif "/torch/_refs/" in path:        # the implementation that ran
            where = "torch/" + path.split("/torch/")[-1]
        else:
            continue
        print(f"  {where} in {frame.name}: {frame.line}")
    print(f"{type(e).__name__}: {e}")
