# torchsummary's summary() on a forward that tests a tensor argument with `if`.
# summary() makes every input itself, torch.rand(2, *size), so an argument
# that holds one value when the model is used arrives as a batch of two
# random floats, and `if` asks Tensor.__bool__ for one truth value of two.
# A small stand-in model, and a stand-in for summary()'s lines that build and
# pass the inputs (run on the CPU, where summary()'s default is cuda:0).
import runpy

import torch
from torch import nn

raised = runpy.run_path("snippets/cpp/cpp_stack.py")["raised"]


class Head(nn.Module):                  # forward(self, feat, channels)
    def __init__(self):
        super().__init__()
        self.big, self.small = nn.Linear(8, 2), nn.Linear(8, 3)

    def forward(self, feat, channels):
        if channels == 2048:
            return self.big(feat)
        return self.small(feat)


def summary_inputs(input_size):         # what torchsummary.summary() builds
    dtypes = [torch.FloatTensor] * len(input_size)
    if isinstance(input_size, tuple):
        input_size = [input_size]
    return [torch.rand(2, *in_size).type(dtype)
            for in_size, dtype in zip(input_size, dtypes)]


torch.manual_seed(0)
model = Head()
feat = torch.randn(1, 8)
out = model(feat, torch.tensor([2048]))
print("model(feat, torch.tensor([2048])) ->", tuple(out.shape), "(big head)")

x = summary_inputs([(8,), (1,)])        # sizes without the batch, as summary
print("summary's inputs:", [tuple(t.shape) for t in x],
      "| channels:", [round(v, 4) for v in x[1].flatten().tolist()])
print("channels == 2048 has", (x[1] == 2048).numel(), "elements")
try:
    model(*x)
except RuntimeError as e:
    print(f"model(*inputs): {type(e).__name__}: {e}")
x2 = summary_inputs([(8,), [2048]])     # the report: channels size [2048]
print("size [2048]: channels", tuple(x2[1].shape))
try:
    model(*x2)
except RuntimeError as e:
    print(f"model(*inputs): {type(e).__name__}: {e}")

# Tensor.__bool__, for 0, 1 and 2 elements, and the C++ function that checks
for n in (0, 1, 2):
    try:
        print(f"bool(tensor of {n}):", bool(torch.full((n,), 2048) == 2048))
    except RuntimeError as e:
        print(f"bool(tensor of {n}): {type(e).__name__}: {e}")
func, where, frames = raised(
    "import torch\ntry:\n    bool(torch.ones(2))\n"
    "except RuntimeError as e:\n    print(e)")[0]
op = [f for f in frames if f.startswith("at::_ops::")][0]
print(f"raised from {func} at {where}, called by {op}")

# Fix 1: a configuration value is a Python int, not a forward input; for
# summary(), bind it in a wrapper whose forward takes the tensors only
print("model(feat, 2048) ->", tuple(model(feat, 2048).shape))


class WithChannels(nn.Module):
    def __init__(self, net, channels):
        super().__init__()
        self.net, self.channels = net, channels

    def forward(self, feat):
        return self.net(feat, self.channels)


out = WithChannels(model, 2048)(*summary_inputs([(8,)]))
assert out.shape == (2, 2)
print("WithChannels(model, 2048) on summary's inputs ->", tuple(out.shape))

# Fix 2: reduce explicitly. Right for a real one-element tensor...
one = torch.tensor([2048])
assert bool((one == 2048).all()) and one.item() == 2048
print("(one == 2048).all():", bool((one == 2048).all()),
      "| one.item() == 2048:", one.item() == 2048)
# ...but summary's channels are random floats: .all() takes the other branch
# without a word, and .item() of two values raises
print("(channels == 2048).all():", bool((x[1] == 2048).all()))
try:
    x[1].item()
except RuntimeError as e:
    print(f"channels.item(): {type(e).__name__}: {e}")
