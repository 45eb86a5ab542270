# Parameters kept in a plain list or dict are not registered; ParameterList
# and ParameterDict register them.
import torch
from torch import nn


class Mixture(nn.Module):
    def __init__(self, container):
        super().__init__()
        scales = [torch.ones(2), torch.ones(3)]
        if container is list:
            self.scales = [nn.Parameter(t) for t in scales]
        elif container is dict:
            self.scales = {f"s{i}": nn.Parameter(t)
                           for i, t in enumerate(scales)}
        elif container is nn.ParameterList:
            self.scales = nn.ParameterList(scales)  # tensors are wrapped
        else:
            self.scales = nn.ParameterDict(
                {f"s{i}": t for i, t in enumerate(scales)})


for container in (list, dict, nn.ParameterList, nn.ParameterDict):
    m = Mixture(container)
    print(f"{container.__name__:<13}", [n for n, _ in m.named_parameters()])

m = Mixture(nn.ParameterList)
m.scales.append(torch.zeros(1))  # append wraps a plain tensor too
print("ParameterList after append:")
for n, p in m.named_parameters():
    print(f"  {n}: {type(p).__name__}")
print("  state_dict:", list(m.state_dict()))
print("  m.double() converts it:", m.scales[2].dtype,
      "->", m.double().scales[2].dtype)

d = Mixture(nn.ParameterDict)
d.scales.update({"s2": torch.zeros(1)})  # update wraps plain tensors
d.scales["s3"] = torch.zeros(4)          # and so does item assignment
print("ParameterDict after update and d.scales['s3'] = ...:")
for n, p in d.named_parameters():
    print(f"  {n}: {type(p).__name__}")
print("  state_dict:", list(d.state_dict()))
print("  d.double() converts it:", d.scales["s3"].dtype,
      "->", d.double().scales["s3"].dtype)

# Only tensors become parameters: another object is accepted too, and filed
# by ordinary assignment, so a string lands in the instance __dict__.
mixed = nn.ParameterList([torch.ones(1), "hello"])
print("ParameterList([tensor, 'hello']): named_parameters:",
      [n for n, _ in mixed.named_parameters()],
      "| '1' in vars(...):", "1" in vars(mixed))
