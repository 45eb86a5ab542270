# Prints the note appended to every page: what produced the recorded outputs.
import platform
import sys

import torch

python = f"{sys.version_info.major}.{sys.version_info.minor}"
machine = f"{platform.machine()} {platform.system()}"
# The build is part of the version: a CUDA build ships and registers code
# that a CPU-only build does not, even when it runs on a CPU.
if torch.version.cuda:
    build = f"a CUDA {torch.version.cuda} build"
elif torch.version.hip:
    build = f"a ROCm {torch.version.hip} build"
else:
    build = "a CPU-only build"
device = "a CUDA GPU" if torch.cuda.is_available() else "the CPU"
print(f'!!! info "Checked against torch {torch.__version__}"')
git = torch.version.git_version[:7]
print(f"    Every output on this page was recorded with torch "
      f"{torch.__version__} (git `{git}`, {build}), Python {python} on "
      f"{machine}, run on {device}, and is compared with what that torch "
      f"prints whenever the tests run. See "
      f"[How this site is tested][how-tested].")  # the page's link to it
