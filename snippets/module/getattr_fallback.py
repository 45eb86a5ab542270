# __getattr__ is a fallback: Python calls it only when the ordinary lookup
# has failed.
# --8<-- [start:basics]
import torch
from torch import nn

lin = nn.Linear(3, 2)
print("'weight' in vars(lin):", "weight" in vars(lin),
      "| in lin._parameters:", "weight" in lin._parameters)
print("lin.weight is lin._parameters['weight']:",
      lin.weight is lin._parameters["weight"])
print("lin.__getattr__('weight') is lin.weight:",
      lin.__getattr__("weight") is lin.weight)
print("'in_features' in vars(lin):", "in_features" in vars(lin),
      "(a plain int, found without __getattr__)")
try:
    lin.wieght
except AttributeError as e:
    print("lin.wieght -> AttributeError:", e)
print("hasattr(lin, 'wieght'):", hasattr(lin, "wieght"))
# --8<-- [end:basics]

# --8<-- [start:order]
lin.__dict__["bias"] = "from __dict__"  # bypass __setattr__ to shadow
print("lin.bias ->", repr(lin.bias),
      "| the parameter is still there:", "bias" in lin._parameters)
del lin.__dict__["bias"]

lin._buffers["weight"] = torch.zeros(1)  # a clash: never do this
found = lin.weight is lin._parameters["weight"]
print("lin.weight is the", "parameter" if found else "buffer",
      "(_parameters is searched before _buffers)")
del lin._buffers["weight"]

# class attributes, methods included, come before __getattr__
for method, value in ((lin.register_buffer, torch.zeros(1)),
                      (lin.add_module, nn.ReLU())):
    try:
        method("double", value)
    except KeyError as e:
        print(f"{method.__name__}('double', ...) -> KeyError:", e)
try:  # assigning a Parameter goes through register_parameter
    lin.double = nn.Parameter(torch.zeros(1))
except KeyError as e:
    print("lin.double = nn.Parameter(...) -> KeyError:", e)
lin.double = nn.Linear(1, 1)  # assigning a Module skips that check
print("lin.double = nn.Linear(1, 1) -> in lin._modules:",
      "double" in lin._modules, "| lin.double is a",
      type(lin.double).__name__)
print("named_parameters:", [n for n, _ in lin.named_parameters()])
# --8<-- [end:order]
