# Old names that still run, with a warning, and removed ones that raise
# and name their replacement. warnings as errors finds each call's line.
import traceback
import warnings

import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
x, w = torch.randn(1, 1, 2, 2), nn.Parameter(torch.ones(2))
logp, target = torch.randn(2, 3).log_softmax(1), torch.tensor([0, 1])
old_calls = {
    "F.upsample": lambda: F.upsample(x, scale_factor=2),
    "clip_grad_norm": lambda: nn.utils.clip_grad_norm([w], 1.0),
    "size_average": lambda: F.nll_loss(logp, target, size_average=True),
    "uint8 mask": lambda: x.flatten()[torch.tensor([1, 0, 1, 0]).byte()],
    "torch.range": lambda: torch.range(0, 2),
    "torch.solve": lambda: torch.solve(torch.eye(2), torch.eye(2)),
}
with warnings.catch_warnings():
    warnings.simplefilter("error")       # python -W error does the same
    for name, call in old_calls.items():
        try:
            call()
        except (Warning, RuntimeError) as e:
            line = traceback.extract_tb(e.__traceback__)[1].lineno
            first = str(e).split(" (Triggered")[0].split(".\n")[0]
            print(f"{name} (line {line}) {type(e).__name__}: {first}")

with warnings.catch_warnings():
    warnings.simplefilter("error")       # today's names: no warning
    F.interpolate(x, scale_factor=2)
    nn.utils.clip_grad_norm_([w], 1.0)
    F.nll_loss(logp, target, reduction="mean")
    x.flatten()[torch.tensor([True, False, True, False])]
    assert torch.arange(0, 3).tolist() == [0, 1, 2]  # stops before 3
    torch.linalg.solve(torch.eye(2), torch.eye(2))
print("today's names: no warning")
