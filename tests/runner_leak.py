"""Changes global state the way a snippet might; none of it may reach the next snippet."""
import torch

torch.manual_seed(1234)
torch.set_printoptions(precision=1)
torch.set_default_dtype(torch.float64)
torch.nn.modules.module.register_module_forward_hook(lambda *args: None)
torch.nn.functional.linear = None
