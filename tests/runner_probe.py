"""What a script can observe about how it was started; the runner must match plain python."""
import os
import sys

import torch

root = os.getcwd()
print(__name__, sys.argv, __file__)
print(os.path.relpath(sys.path[0], root), sys.flags.optimize, sys.stdout.encoding)
print(torch.get_num_threads(), torch.get_default_dtype(), torch._tensor_str.PRINT_OPTS.precision)
print(len(torch.nn.modules.module._global_forward_hooks), callable(torch.nn.functional.linear))
print(sorted(k for k in ("torch", "numpy", "pytest") if k in sys.modules))
print(torch.initial_seed())  # last line: differs from run to run, as in any new process
