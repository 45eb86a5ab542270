# What Module.__init__ puts on every instance, compared with the 17 names
# listed in the notes.
from collections import OrderedDict

from torch import nn

NOTES = ["training", "_parameters", "_buffers",
         "_non_persistent_buffers_set", "_backward_pre_hooks",
         "_backward_hooks", "_is_full_backward_hook", "_forward_hooks",
         "_forward_hooks_with_kwargs", "_forward_hooks_always_called",
         "_forward_pre_hooks", "_forward_pre_hooks_with_kwargs",
         "_state_dict_hooks", "_state_dict_pre_hooks",
         "_load_state_dict_pre_hooks", "_load_state_dict_post_hooks",
         "_modules"]

live = vars(nn.Module())
for name, value in live.items():
    note = "in the notes" if name in NOTES else "NEW"
    print(f"{name:32} {type(value).__name__:12} {note}")
print(f"{len(live)} attributes; same names in the same order as the notes:",
      list(live) == NOTES)
hook_tables = [n for n, v in live.items() if isinstance(v, OrderedDict)]
plain = [n for n, v in live.items() if type(v) is dict]
print(f"OrderedDict: the {len(hook_tables)} hook tables; dict: {plain}")
