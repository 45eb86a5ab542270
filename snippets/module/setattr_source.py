# Module.__setattr__ in the installed torch: the branches that route a value,
# each line with its number in torch/nn/modules/module.py. Where the numbers
# jump, lines are left out.
import inspect
import os

import torch
from torch import nn

lines, first = inspect.getsourcelines(nn.Module.__setattr__)


def find(text, after=0):  # index of the first line containing text
    return next(i for i in range(after, len(lines)) if text in lines[i])


def show(start, end):  # lines[start:end], each after its number in the file
    for number in range(first + start, first + end):
        print(f"{number:5}  {lines[number - first]}".rstrip())


site_packages = os.path.dirname(os.path.dirname(torch.__file__))
print("#", os.path.relpath(inspect.getsourcefile(nn.Module), site_packages))
show(0, 1)  # the def line
start = find('params = self.__dict__.get("_parameters")')
show(start, find("modules[name] = value", start) + 1)
# left out: a registered child's name takes None, or raises the TypeError
start = find('buffers = self.__dict__.get("_buffers")') - 1  # its else:
show(start, find("persistent = name not in", start) + 1)
# left out: self.register_buffer(name, value, persistent)
show(len(lines) - 2, len(lines))  # the last branch: an ordinary attribute
