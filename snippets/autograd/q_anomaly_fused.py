# terminal: tracebacks name this file's lines, which a cell does not have
# A "fused backward pass": each parameter is stepped by its own
# post-accumulate-grad hook, inside backward. An attention block (a stand-in
# for a CLIP layer) is checkpointed with use_reentrant=True; its q, k and v
# weights are three chunks of one in_proj tensor, as a checkpoint converted
# from an in_proj_weight gives them. Then the fixes.
import runpy
import warnings

import torch
from torch import nn
from torch.utils.checkpoint import checkpoint


# frames(text, mine): "file:function: code" for each frame of a traceback
frames = runpy.run_path("snippets/autograd/tracebacks.py")["frames"]


class Attention(nn.Module):
    def __init__(self, d=4):
        super().__init__()
        self.q, self.k, self.v = (nn.Linear(d, d) for _ in range(3))

    def forward(self, h):
        scores = self.q(h) @ self.k(h).transpose(-1, -2)
        return scores.softmax(-1) @ self.v(h)


def make(chunked):
    torch.manual_seed(0)
    model = Attention()
    in_proj = torch.randn(12, 4)
    for lin, w in zip((model.q, model.k, model.v), in_proj.chunk(3)):
        lin.weight = nn.Parameter(w if chunked else w.clone())
    return model


def fuse(model, lr=0.1):
    def step(p):                      # the optimizer step, inside backward
        with torch.no_grad():
            p.add_(p.grad, alpha=-lr)
        p.grad = None
    for p in model.parameters():
        p.register_post_accumulate_grad_hook(step)


def train_step(model, use_reentrant=True, fused=True):
    torch.manual_seed(1)
    x = torch.randn(2, 3, 4, requires_grad=True)
    if fused:
        fuse(model)
    if use_reentrant is None:         # no checkpoint
        out = model(x)
    else:
        out = checkpoint(model, x, use_reentrant=use_reentrant)
    out.pow(2).sum().backward()
    if not fused:                     # the step after backward
        with torch.no_grad():
            for p in model.parameters():
                p.add_(p.grad, alpha=-0.1)
    return [p.detach().clone() for p in model.parameters()]


model = make(chunked=True)
print("q, k, v weights share one version counter:",
      model.q.weight._version, model.k.weight._version, end=" -> ")
with torch.no_grad():
    model.q.weight.mul_(1)
print(model.q.weight._version, model.k.weight._version)

model = make(chunked=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        with torch.autograd.detect_anomaly():
            train_step(model)
    except RuntimeError as e:
        print(f"{type(e).__name__}: {str(e).split(' Hint')[0]}")
message = next(str(w.message) for w in caught
               if str(w.message).startswith("Error detected in Addmm"))
print(message.splitlines()[0])
for frame in frames(message, "q_anomaly_fused.py"):
    print("  " + frame)

try:                                  # the same, without checkpoint
    train_step(make(chunked=True), use_reentrant=None)
except RuntimeError as e:
    print(f"without checkpoint: {type(e).__name__}: {str(e).split(': [')[0]}")

reference = train_step(make(chunked=True), fused=False)
print("step after backward: the reference parameters")
fixes = {"use_reentrant=False": dict(use_reentrant=False),
         "weights cloned apart": dict(chunked=False),
         "weights cloned apart, no checkpoint": dict(chunked=False,
                                                     use_reentrant=None)}
for label, kw in fixes.items():
    model = make(kw.pop("chunked", True))
    params = train_step(model, **kw)
    same = all(torch.allclose(a, b) for a, b in zip(params, reference))
    print(f"{label}: runs, same parameters as the reference: {same}")
    assert same

# One weight used twice inside the block: its hook runs once, after both
# uses have given their gradients, so nothing it saved has changed yet.
class Twice(nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.lin = nn.Linear(4, 4)

    def forward(self, h):
        return self.lin(torch.tanh(self.lin(h)))


same = all(torch.allclose(a, b) for a, b in
           zip(train_step(Twice()), train_step(Twice(), fused=False)))
print("one weight used twice in the block, stepped in its hook: runs,",
      "same parameters as stepped after backward:", same)
assert same

# But a reentrant checkpoint's rerun runs a backward of its own: a weight
# used in two checkpoint calls has its hook run once in each, before its
# gradient is complete, and the step is wrong, with no error.
class Two(Twice):
    def forward(self, h):
        for _ in range(2):
            h = checkpoint(lambda t: torch.tanh(self.lin(t)), h,
                           use_reentrant=True)
        return h


calls = []
model = Two()
for p in model.parameters():
    p.register_post_accumulate_grad_hook(lambda p: calls.append(p))
same = all(torch.allclose(a, b) for a, b in
           zip(train_step(model, use_reentrant=None),
               train_step(Two(), use_reentrant=None, fused=False)))
print("one weight in two use_reentrant=True checkpoint calls: hook calls",
      "per parameter:", len(calls) // 2, "- same parameters as stepped",
      "after backward:", same)
assert not same

# use_reentrant=False does not see in-place changes of the tensors it
# recomputed: a hook that changes a weight the block saved, before that
# weight's node runs, gives a wrong gradient and no error.
def changed_in_backward(use_reentrant):
    torch.manual_seed(0)
    w, w2 = nn.Parameter(torch.randn(4, 4)), nn.Parameter(torch.randn(4, 4))
    x = torch.randn(2, 4, requires_grad=True)

    def f(h):
        return torch.tanh(torch.tanh(h @ w) @ w2)
    expected, = torch.autograd.grad(f(x).sum(), x)

    def hook(p):                      # w2's hook changes w
        with torch.no_grad():
            w.mul_(2)
    w2.register_post_accumulate_grad_hook(hook)
    out = f(x) if use_reentrant is None else checkpoint(
        f, x, use_reentrant=use_reentrant)
    try:
        out.sum().backward()
        return f"no error, x.grad right: {torch.allclose(x.grad, expected)}"
    except RuntimeError as e:
        return f"{type(e).__name__}: {str(e).split(': [')[0]}"


for label, mode in (("no checkpoint", None), ("use_reentrant=True", True),
                    ("use_reentrant=False", False)):
    print(f"a saved weight changed in backward, {label}:",
          changed_in_backward(mode))
