# Assigning attributes before super().__init__(): which assignments fail,
# and which do not.
import torch
from torch import nn


class Early(nn.Module):
    def __init__(self, value):
        self.x = value  # too early: there is no _parameters etc. yet
        super().__init__()


for label, value in (("nn.Linear(1, 1)", nn.Linear(1, 1)),
                     ("nn.Parameter(t)", nn.Parameter(torch.ones(1))),
                     ("nn.Buffer(t)", nn.Buffer(torch.ones(1))),
                     ("torch.ones(1)", torch.ones(1)),
                     ("3", 3)):
    try:
        m = Early(value)
        print(f"self.x = {label:16} -> no error; "
              f"x in __dict__: {'x' in vars(m)}, "
              f"in state_dict: {'x' in m.state_dict()}")
    except AttributeError as e:
        print(f"self.x = {label:16} -> AttributeError: {e}")


class Forgot(nn.Module):  # the usual way to meet these errors
    def __init__(self):  # no super().__init__() at all
        self.fc = nn.Linear(1, 1)


try:
    Forgot()
except AttributeError as e:
    print("Forgot() -> AttributeError:", e)
