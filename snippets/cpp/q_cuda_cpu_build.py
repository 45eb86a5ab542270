# Asking a CPU-only torch for a CUDA tensor. The Python functions of torch
# check first; code that calls the operator without them (torch.ops,
# TorchScript) gets as far as the dispatcher, and its "Could not run".
import os
import re
import textwrap
import traceback

import torch

torch_dir = os.path.dirname(torch.__file__)
print("torch.version.cuda:", torch.version.cuda)
script = torch.jit.CompilationUnit('''
def zeros_on_gpu():
    return torch.zeros(2, device="cuda")
''')
calls = {
    'torch.randn(2, device="cuda")': lambda: torch.randn(2, device="cuda"),
    "torch.ones(2).cuda()": lambda: torch.ones(2).cuda(),
    'torch.ops.aten.empty.memory_format([2], device="cuda")':
        lambda: torch.ops.aten.empty.memory_format([2], device="cuda"),
    'TorchScript: torch.zeros(2, device="cuda")': script.zeros_on_gpu,
}
for shown, call in calls.items():
    try:
        call()
        print(shown, "ran")
    except (AssertionError, RuntimeError, NotImplementedError) as e:
        found = re.search(r"Could not run '\S+' with arguments from the "
                          r"'\w+' backend", str(e))
        # else the first sentence of the last line (TorchScript's error is
        # the last line of its message, under the TorchScript traceback)
        last = re.sub(r"^\w+: ", "", str(e).strip().splitlines()[-1])
        text = found[0] if found else last.split(". ")[0]
        print(shown)
        print(textwrap.fill(f"{type(e).__name__}: {text}", 79,
                            initial_indent="  ", subsequent_indent="    "))
        frame = traceback.extract_tb(e.__traceback__)[-1]
        if frame.filename.startswith(torch_dir):  # the torch file it ends in
            where = os.path.relpath(frame.filename, torch_dir)
            print(f"    last Python frame: torch/{where}, {frame.name}()")
