# The interpreter and torch that recorded every session on this page.
import platform

import torch

print("Python", platform.python_version())
print("torch ", torch.__version__)
