# command: python snippets/pdb/qq_printoptions.py
import torch

t = torch.arange(1001)
small = torch.linspace(0, 1, 7).reshape(1, 7)
breakpoint()
print("after the debugger:", "..." in str(t), len(str(t).splitlines()))
