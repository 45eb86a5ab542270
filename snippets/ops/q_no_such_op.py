# terminal: a notebook kernel has loaded the chapter's library before this
# After load_library, an operator is found under the namespace and name its
# TORCH_LIBRARY block registered, and nowhere else; what a process has
# loaded and registered can be listed.
import os
import runpy

import torch



def registered():  # every operator of namespace myops the dispatcher knows
    return [name for name in torch._C._dispatch_get_all_op_names()
            if name.startswith("myops::")]


print("registered before load_library:", registered())
library = runpy.run_path("snippets/ops/extensions.py")["load_myops"]()
# myops.cpp says TORCH_LIBRARY(myops, m) { m.def("scaled_add(...)..."); }
try:
    torch.ops.custom.scaled_add  # another namespace than the library's
except AttributeError as e:
    print("AttributeError:", e)
# what this process has loaded with torch.ops.load_library
print("loaded:", [os.path.basename(p) for p in torch.ops.loaded_libraries])
print("registered:", registered())
x = torch.ones(2)
print("torch.ops.myops.scaled_add:", torch.ops.myops.scaled_add(x, x, 2.0))
