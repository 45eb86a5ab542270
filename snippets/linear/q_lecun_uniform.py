# kaiming_uniform_(w, a=1, nonlinearity="sigmoid") as used for a
# prediction layer: the gain, the bound, and LeCun uniform.
import math

import torch
from torch import nn

fan_in = 256
for args in [dict(nonlinearity="sigmoid"),
             dict(nonlinearity="sigmoid", param=1),
             dict(nonlinearity="sigmoid", param=5),
             dict(nonlinearity="linear"),
             dict(nonlinearity="leaky_relu", param=1),
             dict(nonlinearity="leaky_relu", param=math.sqrt(5)),
             dict(nonlinearity="relu")]:
    print(f"calculate_gain({args}) = {nn.init.calculate_gain(**args):.4f}")

w = torch.empty(10_000, fan_in)
lecun = math.sqrt(3 / fan_in)  # LeCun uniform: U(-sqrt(3/fan_in), +...)
results = {}
for name, init in [
        ("a=1, nonlinearity='sigmoid'",
         lambda: nn.init.kaiming_uniform_(w, a=1, nonlinearity="sigmoid")),
        ("a=0, nonlinearity='sigmoid'",
         lambda: nn.init.kaiming_uniform_(w, a=0, nonlinearity="sigmoid")),
        ("nonlinearity='linear'",
         lambda: nn.init.kaiming_uniform_(w, nonlinearity="linear")),
        ("default of nn.Linear (a=sqrt(5))",
         lambda: nn.init.kaiming_uniform_(w, a=math.sqrt(5)))]:
    torch.manual_seed(0)
    init()
    results[name] = w.clone()
    print(f"{name:33} max |w| {w.abs().max():.4f}  std {w.std():.4f}")
print(f"LeCun uniform bound sqrt(3/fan_in) = {lecun:.4f}, "
      f"std 1/sqrt(fan_in) = {1 / math.sqrt(fan_in):.4f}")
same = torch.equal(results["a=1, nonlinearity='sigmoid'"],
                   results["a=0, nonlinearity='sigmoid'"])
print("a ignored for sigmoid (same draws, same weights):", same)
assert same and torch.equal(results["a=1, nonlinearity='sigmoid'"],
                            results["nonlinearity='linear'"])
