# Module.__getattr__ in the installed torch, whole, each line with its number
# in torch/nn/modules/module.py.
import inspect
import os

import torch
from torch import nn

site_packages = os.path.dirname(os.path.dirname(torch.__file__))
print("#", os.path.relpath(inspect.getsourcefile(nn.Module), site_packages))
lines, first = inspect.getsourcelines(nn.Module.__getattr__)
for number, line in enumerate(lines, first):
    print(f"{number:5}  {line}".rstrip())
