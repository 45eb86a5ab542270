# fan_in, the number init divides by, is read from the weight's shape.
from torch import nn
from torch.nn import init

lin = nn.Linear(in_features=256, out_features=512)
print("weight shape:", tuple(lin.weight.shape),
      " weight.size(1):", lin.weight.size(1))
print("fan_in, fan_out:", init._calculate_fan_in_and_fan_out(lin.weight))

# The same rule on a weight stored (in, out, kernel...): fan_in = 2 * 5 * 5
up = nn.ConvTranspose2d(in_channels=3, out_channels=2, kernel_size=5)
print("ConvTranspose2d weight", tuple(up.weight.shape),
      " fan_in, fan_out:", init._calculate_fan_in_and_fan_out(up.weight))

# kaiming_uniform_'s docstring says which layout its fans assume:
doc = init.kaiming_uniform_.__doc__
print(next(" ".join(line.split()) for line in doc.splitlines()
           if "x @ w.T" in line))
