# Which buffers state_dict() holds: a buffer registered as None is left out
# until it holds a tensor, and one registered with persistent=False never is.
import torch
from torch import nn


class Memory(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("memory", None)        # filled in later
        self.register_buffer("table", torch.arange(3.0), persistent=False)

    def forward(self, x):
        self.memory = x.detach().mean(0)             # a tensor from now on
        return x


trained = Memory()
print("before any call:", list(trained.state_dict()),
      "| buffers:", [n for n, _ in trained.named_buffers()])
trained(torch.ones(2, 4))
checkpoint = trained.state_dict()
print("after a call:   ", list(checkpoint),
      "| buffers:", [n for n, _ in trained.named_buffers()])

fresh = Memory()                                     # its memory is None again
try:
    fresh.load_state_dict(checkpoint)
except RuntimeError as e:
    print("RuntimeError:", str(e).replace("\t", "    "))

# Fix 1: register a tensor, not None, so the key exists in every instance.
class MemoryFixed(Memory):
    def __init__(self):
        super().__init__()
        self.memory = torch.zeros(4)                 # still a buffer


fixed = MemoryFixed()
print("fix 1, a placeholder tensor:", fixed.load_state_dict(checkpoint),
      "| memory:", fixed.memory)

# Fix 2: give the fresh module a tensor of the checkpoint's shape, then load.
fresh.memory = torch.empty_like(checkpoint["memory"])
print("fix 2, assigned before loading:", fresh.load_state_dict(checkpoint))

# A placeholder of another shape is a size mismatch, assign=True included.
other = MemoryFixed()
other.memory = torch.zeros(0)
try:
    other.load_state_dict(checkpoint, assign=True)
except RuntimeError as e:
    print("RuntimeError:", str(e).replace("\t", "    "))


# Fix 3, for a shape known only from the checkpoint: a load pre-hook that
# makes the buffer from the checkpoint's entry before the copy.
def make_memory(module, state_dict, prefix, *args):
    if prefix + "memory" in state_dict:
        module.memory = torch.empty_like(state_dict[prefix + "memory"])


wrapped = nn.Sequential(Memory())
wrapped[0].register_load_state_dict_pre_hook(make_memory)
print("fix 3, a load pre-hook:",
      wrapped.load_state_dict({"0." + k: v for k, v in checkpoint.items()}))
assert torch.equal(wrapped[0].memory, checkpoint["memory"])
