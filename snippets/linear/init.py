# nn.Linear's initialisation, as the installed torch defines it: the last line
# of __init__, then reset_parameters, each line with its number in
# torch/nn/modules/linear.py.
import inspect
import os

import torch
from torch import nn

site_packages = os.path.dirname(os.path.dirname(torch.__file__))
print("#", os.path.relpath(inspect.getsourcefile(nn.Linear), site_packages))
lines, first = inspect.getsourcelines(nn.Linear.__init__)
last = max(i for i, line in enumerate(lines) if line.strip())  # its last line
print(f"{first + last:4}  {lines[last]}".rstrip())
lines, first = inspect.getsourcelines(nn.Linear.reset_parameters)
for number, line in enumerate(lines, first):
    print(f"{number:4}  {line}".rstrip())
