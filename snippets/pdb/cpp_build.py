# How the installed torch was compiled, as it reports itself.
import re

import torch

config = torch.__config__.show()
print("torch.version.git_version:", torch.version.git_version)
print("torch.version.debug:", torch.version.debug)
print("BUILD_TYPE:", re.search(r"BUILD_TYPE=(\w+)", config)[1])
flags = re.search(r"CXX_FLAGS=([^,]*)", config)[1].split()
print("optimisation and debug flags in CXX_FLAGS:",
      [flag for flag in flags if re.fullmatch(r"-O\d|-g\d?|-DNDEBUG", flag)])
