# Kaiming's gain for a leaky ReLU of negative slope a, and the bound it gives.
import math

from torch.nn import init

for a in [0.0, 0.01, 1.0, math.sqrt(5)]:
    print(f"a = {a:.4f}: gain sqrt(2 / (1 + a**2)) = "
          f"{init.calculate_gain('leaky_relu', a):.6f}")
print(f"relu: {init.calculate_gain('relu'):.6f}, "
      f"no nonlinearity: {init.calculate_gain('linear'):.6f}")

fan_in = 256
gain = init.calculate_gain("leaky_relu", math.sqrt(5))  # sqrt(1/3)
std = gain / math.sqrt(fan_in)
bound = math.sqrt(3.0) * std  # U(-bound, bound) has std bound/sqrt(3)
print(f"a = sqrt(5), fan_in = {fan_in}: std = {std:.6f}, bound = {bound:.6f}")
print(f"1/sqrt(fan_in) = {1 / math.sqrt(fan_in):.6f}")
