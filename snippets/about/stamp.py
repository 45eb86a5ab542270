# Prints the note appended to every page: what produced the recorded outputs.
import platform
import sys

import torch

python = f"{sys.version_info.major}.{sys.version_info.minor}"
machine = f"{platform.machine()} {platform.system()}"
device = "CUDA" if torch.cuda.is_available() else "CPU"
print(f'!!! info "Checked against torch {torch.__version__}"')
git = torch.version.git_version[:7]
print(f"    Every output on this page was recorded with torch "
      f"{torch.__version__} (git `{git}`), Python {python} on {machine}, "
      f"{device}, and is compared with what that torch prints whenever the "
      f"tests run. See [How this site is tested](how-this-site-is-tested.md).")
