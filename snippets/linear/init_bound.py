# Kaiming's gain for a leaky ReLU of negative slope a, and the bound it gives.
import inspect
import math

from torch.nn import init

defaults = inspect.signature(init.kaiming_uniform_).parameters
print("kaiming_uniform_ defaults:", ", ".join(
    f"{name}={defaults[name].default!r}"
    for name in ("a", "mode", "nonlinearity")))
for a in [0.0, 0.01, 1.0, math.sqrt(5)]:
    gain = init.calculate_gain("leaky_relu", a)
    assert math.isclose(gain, math.sqrt(2 / (1 + a**2)))
    print(f"a = {a:.4f}: gain sqrt(2 / (1 + a**2)) = {gain:.6f}")
print(f"relu: {init.calculate_gain('relu'):.6f}, "
      f"no nonlinearity: {init.calculate_gain('linear'):.6f}")

source = [line.split("#")[0].strip()
          for line in inspect.getsource(init.kaiming_uniform_).splitlines()]
print("in kaiming_uniform_:", *[line for line in source
                                if line.startswith(("std =", "bound ="))],
      sep="\n  ")
fan_in = 256
gain = init.calculate_gain("leaky_relu", math.sqrt(5))  # sqrt(1/3)
std = gain / math.sqrt(fan_in)
bound = math.sqrt(3.0) * std  # U(-bound, bound) has std bound/sqrt(3)
print(f"a = sqrt(5), fan_in = {fan_in}: std = {std:.6f}, bound = {bound:.6f}")
print(f"1/sqrt(fan_in) = {1 / math.sqrt(fan_in):.6f}")
