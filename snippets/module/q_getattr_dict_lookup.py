# Why nn.Module.__getattr__ reads self.__dict__["_modules"], not self._modules:
# __getattr__ runs only when ordinary lookup missed, and on an object whose
# __init__ has not run yet, "_modules" itself is missing.
import copy
import inspect
import pickle

from torch import nn

source = inspect.getsource(nn.Module.__getattr__)
print("Module.__getattr__ reads self.__dict__:",
      'self.__dict__["_modules"]' in source,
      "| reads self._modules:", "self._modules" in source)


class Naive(nn.Module):     # the same lookup, written with self._modules
    def __getattr__(self, name):
        modules = self._modules    # missing -> __getattr__("_modules") -> ...
        if name in modules:
            return modules[name]
        raise AttributeError(name)


class Plain(nn.Module):            # keeps Module.__getattr__
    pass


# copy and pickle also start from cls.__new__(cls), but then find
# Module.__setstate__ on the class and fill __dict__ without __getattr__.
built = Naive()
print("Naive: deepcopy and pickle work:",
      type(copy.deepcopy(built)).__name__,
      type(pickle.loads(pickle.dumps(built))).__name__,
      "| Module defines __setstate__:", "__setstate__" in vars(nn.Module))


# An object made without running __init__ in your own code; and a check in
# __init__ before super().__init__().
for cls in (Naive, Plain):
    half_built = cls.__new__(cls)
    try:
        print(f"{cls.__name__}: hasattr(half_built, 'fc') =",
              hasattr(half_built, "fc"))
    except RecursionError as e:
        print(f"{cls.__name__}: RecursionError: {e}")


class Checked(Naive):
    def __init__(self):
        # e.g. a mixin's check, before Module.__init__ has run
        if not hasattr(self, "fc"):
            pass
        super().__init__()


try:
    Checked()
except RecursionError as e:
    print("Checked(): RecursionError:", e)


# The fix in a __getattr__ of your own: read the store from self.__dict__,
# which never calls __getattr__, as Module's does.
class Fixed(nn.Module):
    def __getattr__(self, name):
        modules = self.__dict__.get("_modules", {})
        if name in modules:
            return modules[name]
        raise AttributeError(
            f"'{type(self).__name__}' object has no attribute '{name}'")


print("Fixed: hasattr(half_built, 'fc') =",
      hasattr(Fixed.__new__(Fixed), "fc"))
