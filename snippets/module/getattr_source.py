# Module.__getattr__ in the installed torch, whole.
import inspect
import textwrap

from torch import nn

print(textwrap.dedent(inspect.getsource(nn.Module.__getattr__)), end="")
