# The interpreter and torch that recorded every torch session in this chapter.
import platform

import torch

print("Python", platform.python_version())
print("torch ", torch.__version__)
