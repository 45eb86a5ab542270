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
    'torch.sparse_coo_tensor([[0]], [1.0], (2,), device="cuda")':
        lambda: torch.sparse_coo_tensor([[0]], [1.0], (2,), device="cuda",
                                        check_invariants=False),
}
for shown, call in calls.items():
    try:
        call()
        print(shown, "ran")
    except (AssertionError, RuntimeError, NotImplementedError) as e:
        found = re.search(r"Could not run '\S+' with arguments from the "
                          r"'\w+' backend", str(e))
        # else the first sentence of the first line, or of the last line
        # for TorchScript, whose message puts its own traceback first
        lines = str(e).strip().splitlines()
        line = lines[-1] if "TorchScript interpreter" in lines[0] else lines[0]
        first = re.sub(r"^\w+: ", "", line).split(". ")[0]
        text = found[0] if found else first
        print(shown)
        print(textwrap.fill(f"{type(e).__name__}: {text}", 79,
                            initial_indent="  ", subsequent_indent="    "))
        frame = traceback.extract_tb(e.__traceback__)[-1]
        if frame.filename.startswith(torch_dir):  # the torch file it ends in
            where = os.path.relpath(frame.filename, torch_dir)
            print(f"    last Python frame: torch/{where}, {frame.name}()")

# a factory has no tensor argument to take a key from: its BackendSelect
# kernel picks the key from device=
empty = torch.ops.aten.empty.memory_format
print("aten::empty.memory_format has a Tensor argument:",
      any(str(a.type).startswith("Tensor") for a in empty._schema.arguments))
table = torch._C._dispatch_dump_table("aten::empty.memory_format")
print("  its BackendSelect entry:",
      re.search(r"^BackendSelect: .*(\[.*\])$", table, flags=re.M)[1])
