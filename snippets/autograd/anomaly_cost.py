# What anomaly mode costs: the same forward and backward passes, timed
# without it and with it, in turns (the best of five runs of each).
import time
import warnings

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(*[nn.Linear(16, 16) for _ in range(20)])
inp = torch.randn(8, 16)


def run(anomaly, steps=20):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")      # "will increase the runtime"
        with torch.autograd.set_detect_anomaly(anomaly):
            start = time.perf_counter()
            for _ in range(steps):
                model(inp).sum().backward()
            return time.perf_counter() - start


run(False)                                   # warm-up
best = {False: float("inf"), True: float("inf")}
for _ in range(5):
    for anomaly in (False, True):
        best[anomaly] = min(best[anomaly], run(anomaly))
ratio = best[True] / best[False]
assert ratio > 3, ratio
print("20 Linear(16, 16) layers, a batch of 8: a forward and backward pass")
print("takes more than 3 times as long with anomaly mode as without it")
