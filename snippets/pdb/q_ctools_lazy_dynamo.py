# Is torch._dynamo there after a plain `import torch`? In a fresh process:
# whether the module is imported (sys.modules) after `import torch`, after
# torch.compile(...), and after the first attribute access `torch._dynamo`;
# then whether config.verbose still exists.
import subprocess
import sys

CHILD = """
import sys
import torch
print("after import torch:", "torch._dynamo" in sys.modules)
torch.compile(lambda x: x + 1, backend="eager")
print("after torch.compile(...):", "torch._dynamo" in sys.modules)
"""
ACCESS = """
import sys
import torch
print("after import torch:", "torch._dynamo" in sys.modules)
print("hasattr(torch, '_dynamo'):", hasattr(torch, "_dynamo"))
print("after the first torch._dynamo:", "torch._dynamo" in sys.modules)
torch._dynamo.config.verbose = True
print("config.verbose:", torch._dynamo.config.verbose)
"""
FIX = """
import torch._dynamo  # imports torch too; always works
torch._dynamo.config.verbose = True
print("import torch._dynamo, then config.verbose:",
      torch._dynamo.config.verbose)
"""
for code in (CHILD, ACCESS, FIX):
    run = subprocess.run([sys.executable, "-c", code], capture_output=True,
                         text=True, check=True)
    print(run.stdout, end="")
    assert run.stderr == "", run.stderr
    print("--")
