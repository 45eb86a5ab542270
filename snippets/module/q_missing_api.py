# "module 'torch.nn' has no attribute ..." is Python's error for a name the
# imported torch does not define: the code needs another torch than this one.
import torch
from torch import nn

print("nn.ModuleDict in this torch:", hasattr(nn, "ModuleDict"))

# The fix is a torch that has it; say so at import, with the version needed.
NEEDED = "0.4.1"  # the first torch with nn.ModuleDict
if torch.__version__ < NEEDED:
    raise ImportError(f"this code needs torch>={NEEDED}: "
                      f"pip install 'torch>={NEEDED}'")
print(f"torch.__version__ >= {NEEDED!r}:", torch.__version__ >= NEEDED)
