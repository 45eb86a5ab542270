# Prints the provenance note appended to every page: what produced the recorded outputs.
import platform
import sys

import torch

device = "CUDA" if torch.cuda.is_available() else "CPU"
print(f'!!! info "Checked against torch {torch.__version__}"')
print(f"    Every output on this page was recorded with torch {torch.__version__} "
      f"(git `{torch.version.git_version[:7]}`), Python {sys.version_info.major}."
      f"{sys.version_info.minor} on {platform.machine()} {platform.system()}, {device}, and is compared with "
      f"what that torch prints whenever the tests run. See [How this site is tested]"
      f"(how-this-site-is-tested.md).")
