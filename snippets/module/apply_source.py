# .double() and .to() both end in Module._apply; what _apply visits,
# printed from the installed torch.
import inspect

from torch import nn

for method in (nn.Module.double, nn.Module.to):
    line = next(line.strip()
                for line in inspect.getsource(method).splitlines()
                if "return self._apply(" in line)
    print(f"Module.{method.__name__:6} -> {line}")
print("Module._apply loops over:")
loops = ("for module in self.children():",
         "for key, param in self._parameters.items():",
         "for key, buf in self._buffers.items():")
for line in inspect.getsource(nn.Module._apply).splitlines():
    if line.strip() in loops:
        print("   ", line.strip())
