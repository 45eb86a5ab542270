# Prints a Markdown list of permalinks into the installed torch's source,
# at the commit it was built from.
import inspect
from pathlib import Path

import torch
from torch import nn
from torch.nn.modules import module as module_globals

root = Path(torch.__file__).parent.parent  # the directory holding torch/
base = f"https://github.com/pytorch/pytorch/blob/{torch.version.git_version}"
for label, obj in (("Module.__init__", nn.Module.__init__),
                   ("Module.__setattr__", nn.Module.__setattr__),
                   ("Module.__getattr__", nn.Module.__getattr__),
                   ("Module.__delattr__", nn.Module.__delattr__),
                   ("Module.register_buffer", nn.Module.register_buffer),
                   ("Module.register_parameter", nn.Module.register_parameter),
                   ("Module.add_module", nn.Module.add_module),
                   ("Module._wrapped_call_impl", nn.Module._wrapped_call_impl),
                   ("Module._call_impl", nn.Module._call_impl),
                   ("Module.state_dict", nn.Module.state_dict),
                   ("Module.load_state_dict", nn.Module.load_state_dict),
                   ("Module.named_modules", nn.Module.named_modules),
                   ("register_module_module_registration_hook",
                    module_globals.register_module_module_registration_hook),
                   ("Buffer", nn.Buffer)):
    lines, first = inspect.getsourcelines(obj)
    path = Path(inspect.getsourcefile(obj)).relative_to(root).as_posix()
    print(f"- [`{label}`]({base}/{path}#L{first}-L{first + len(lines) - 1}) "
          f"(`{path}`, lines {first}-{first + len(lines) - 1})")
