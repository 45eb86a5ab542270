# .double() and its relatives, and .to(), all end in Module._apply; which
# tensors each converts, and what _apply visits, from the installed torch.
import inspect

from torch import nn

for method in (nn.Module.double, nn.Module.float, nn.Module.half,
               nn.Module.bfloat16, nn.Module.to):
    line = next(line.strip()
                for line in inspect.getsource(method).splitlines()
                if "return self._apply(" in line)
    print(f"Module.{method.__name__:8} -> {line}")
line = next(line.strip() for line in inspect.getsource(nn.Module.to)
            .splitlines() if "dtype if t.is_floating_point()" in line)
print("  convert hands t.to() the dtype only as:", line.rstrip(","))
print("Module._apply loops over:")
loops = ("for module in self.children():",
         "for key, param in self._parameters.items():",
         "for key, buf in self._buffers.items():")
for line in inspect.getsource(nn.Module._apply).splitlines():
    if line.strip() in loops:
        print("   ", line.strip())
