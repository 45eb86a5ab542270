# nn.Linear(0, n): a layer with no inputs. Its weight is empty, the
# initialisation warns, and the bias bound 1/sqrt(0) is replaced by 0.
import inspect
import linecache
import warnings

import torch
from torch import nn

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.manual_seed(0)
    lin = nn.Linear(in_features=0, out_features=3)
    no_bias = nn.Linear(0, 3, bias=False)
for w in caught:
    print(f"{w.category.__name__}: {w.message}\n  warned at: "
          f"{linecache.getline(w.filename, w.lineno).strip()}")
source = inspect.getsource(nn.Linear.reset_parameters).splitlines()
print("the bias bound:", next(line.strip() for line in source
                              if "bound =" in line))
print("weight:", tuple(lin.weight.shape), " bias:", lin.bias.tolist())
print("output for 2 empty samples:", lin(torch.empty(2, 0)).tolist())

with torch.no_grad():
    lin.bias.copy_(torch.tensor([1., 2., 3.]))  # give it something to learn
print("output is the bias:", lin(torch.empty(2, 0)).tolist())
print("without a bias:", no_bias(torch.empty(2, 0)).tolist())
