# nn.Linear's initialisation, as the installed torch defines it.
import inspect

from torch import nn

constructor = inspect.getsource(nn.Linear.__init__).strip().splitlines()
print("nn.Linear.__init__ ends with:", constructor[-1].strip())
print(inspect.getsource(nn.Linear.reset_parameters))
