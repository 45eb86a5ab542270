# "Inference tensors cannot be saved for backward" and "Inplace update to
# inference tensor outside InferenceMode is not allowed": a tensor made under
# torch.inference_mode() has no autograd keys at all.
import torch

torch.manual_seed(0)
backbone = torch.nn.Linear(3, 3)             # frozen: run without autograd
head = torch.nn.Linear(3, 1)                 # trained
x = torch.ones(2, 3)
with torch.inference_mode():
    feats = backbone(x)
print("feats.is_inference():", feats.is_inference())
print("its keys:   ", torch._C._dispatch_keys(feats))
print("x's keys:   ", torch._C._dispatch_keys(x))

try:
    head(feats).sum().backward()
except RuntimeError as e:
    print("head(feats).sum().backward(): RuntimeError:",
          str(e).split(".")[0] + ".")
before = feats.clone()
try:
    feats.add_(1)
except RuntimeError as e:
    print(f"feats.add_(1): RuntimeError: {str(e).split('.')[0]}.")
print("yet feats changed:", not torch.equal(feats, before))

# fix 1: a normal copy, made outside inference mode
head(feats.clone()).sum().backward()
print("head(feats.clone()): backward ran, head.weight.grad",
      tuple(head.weight.grad.shape))
# fix 2: no_grad for the frozen part makes normal tensors from the start
with torch.no_grad():
    feats2 = backbone(x)
print("under no_grad: is_inference", feats2.is_inference(),
      "| requires_grad", feats2.requires_grad)
head(feats2).sum().backward()
assert torch.equal(feats2, before)
