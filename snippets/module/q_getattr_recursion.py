# RecursionError from a custom __getattr__: Python calls __getattr__ for
# every name that ordinary lookup misses, including names that __getattr__
# itself reads (through hasattr, getattr or an assignment's own checks).
import copy

import torch
from torch import nn


class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(4, 4)

    def __getattr__(self, name):
        try:
            return super().__getattr__(name)
        except AttributeError:
            if (hasattr(self, "custom_attributes")
                    and name in self.custom_attributes):
                return self.custom_attributes[name]
            raise

    def forward(self, x):
        return self.linear(x)


model = M()
print("forward:", model(torch.ones(1, 4)).shape)  # reads only names that exist
for probe in (lambda: hasattr(model, "anything"),
              lambda: copy.deepcopy(model)):
    try:
        probe()
    except RecursionError as e:
        print("RecursionError:", e)

# torch.compile looks up attributes of the module it is given, by name:
# torch 2.13.0's Dynamo does so with hasattr, which runs M.__getattr__.
try:
    compiled = torch.compile(model, backend="eager", fullgraph=True)
    print("torch.compile:", compiled(torch.ones(1, 4)).shape)
except RecursionError as e:
    print("torch.compile: RecursionError:", e)


# The fix: read your own store from the instance __dict__, which never
# calls __getattr__, and raise AttributeError for a missing name.
class Fixed(M):
    def __getattr__(self, name):
        try:
            return nn.Module.__getattr__(self, name)
        except AttributeError:
            custom = self.__dict__.get("custom_attributes", {})
            if name in custom:
                return custom[name]
            raise


fixed = Fixed()
fixed.custom_attributes = {"scale": 2.0}
print("fixed:", hasattr(fixed, "anything"), fixed.scale,
      type(copy.deepcopy(fixed)).__name__)


# A patched nn.Module.__getattr__ that assigns an attribute: the assignment
# runs the class's __setattr__, which here reads a child, through
# __getattr__, which assigns again, and so on.
class Wrapper(nn.Module):
    def __init__(self, inner):
        super().__init__()
        self.inner = inner
        self._ready = True

    def __setattr__(self, name, value):
        if self.__dict__.get("_ready") and hasattr(self.inner, name):
            return setattr(self.inner, name, value)   # forward to the child
        super().__setattr__(name, value)


original = nn.Module.__getattr__


def assigning(self, name):
    result = original(self, name)
    self._last_lookup = name            # an assignment: __setattr__ runs
    return result


def storing(self, name):
    result = original(self, name)
    self.__dict__["_last_lookup"] = name   # no __setattr__, no lookup
    return result


for patch in (assigning, storing):
    nn.Module.__getattr__ = patch
    try:
        inner = Wrapper(nn.Linear(2, 2)).inner
        print(f"{patch.__name__}:", type(inner).__name__)
    except RecursionError as e:
        print(f"{patch.__name__}: RecursionError:", e)
    finally:
        nn.Module.__getattr__ = original
