# "module 'torch.nn' has no attribute ..." is Python's error for a name the
# imported torch.nn does not define, as here for a name no torch has:
import torch
from torch import nn

try:
    nn.NoSuchLayer
except AttributeError as e:
    print(f"{type(e).__name__}: {e}")

# Names code written for a newer torch uses, and the first torch with each:
FIRST = {"ModuleDict": "0.4.1", "Buffer": "2.5.0"}
for name, first in FIRST.items():
    print(f"nn.{name} in this torch: {hasattr(nn, name)} (first in {first})")

# torch.__version__ compares as a version; the same text as a str compares
# character by character, and '2.13' sorts before '2.5':
assert torch.__version__ >= "2.5.0"
print("as str:", str(torch.__version__) >= "2.5.0")

# The fix is a torch that has it; say so at import, with the version needed.
NEEDED = FIRST["Buffer"]
if torch.__version__ < NEEDED:
    raise ImportError(f"this code needs torch>={NEEDED}: "
                      f"pip install 'torch>={NEEDED}'")
