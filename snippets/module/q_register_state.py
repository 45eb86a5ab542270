# A state registry of one's own, built on register_buffer: the state is a
# buffer, so it is saved in checkpoints and follows .to(); a default kept in
# a plain dict is neither.
import torch
from torch import nn


class Stateful(nn.Module):
    def __init__(self):
        super().__init__()
        self._defaults = {}

    def register_state(self, name, default, persistent=True):
        self._defaults[name] = default.clone()  # a plain dict: not a buffer
        self.register_buffer(name, default, persistent=persistent)

    def reset_states(self):
        for name, default in self._defaults.items():
            setattr(self, name, default.clone().to(getattr(self, name)))


class Decoder(Stateful):
    def __init__(self, persistent=True):
        super().__init__()
        self.register_state("running", torch.zeros(2), persistent)

    def forward(self, x):
        self.running = self.running + x  # a state that changes per call
        return self.running


dec = Decoder()
dec(torch.ones(2))
print("buffers:", [n for n, _ in dec.named_buffers()],
      "| checkpoint:", dict(dec.state_dict()))
dec.double()
print("after .double(): state", dec.running.dtype,
      "| default", dec._defaults["running"].dtype)
dec.reset_states()
print("after reset:", dec.running)

# Decoding state that should not be saved: a non-persistent buffer.
print("persistent=False, checkpoint:",
      dict(Decoder(persistent=False).state_dict()))
