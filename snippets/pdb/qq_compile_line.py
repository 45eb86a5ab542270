# command: python -m pdb snippets/pdb/qq_compile_line.py
import torch


@torch.compile(backend="eager")
def scale(x):
    y = x * 2
    return y + 1


x = torch.ones(2)
print("compiled:", scale(x))
print("compiled again:", scale(x))
torch.compiler.set_stance("force_eager")
print("force_eager:", scale(x))
