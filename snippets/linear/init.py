# nn.Linear's initialisation, as the installed torch defines it.
import inspect

from torch import nn

print(inspect.getsource(nn.Linear.reset_parameters))
