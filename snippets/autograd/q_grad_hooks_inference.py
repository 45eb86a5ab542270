# "Inference tensors do not track version counter" and "Cannot set
# version_counter for inference tensor": which uses of a tensor made under
# torch.inference_mode() raise each, and the fixes.
import torch
from torch import nn
from torch.utils._python_dispatch import return_and_correct_aliasing

torch.manual_seed(0)
x = torch.ones(1, 2)


def attempt(label, fn):
    try:
        fn()
        print(f"  {label}: runs")
    except RuntimeError as e:
        print(f"  {label}: {type(e).__name__}: {str(e).split('. ')[0]}")


# 1. A model built under inference_mode: its parameters are inference
# tensors. They work in a forward outside the mode on an input that does not
# require grad; _version does not.
with torch.inference_mode():
    layer = nn.Linear(2, 3)
w = layer.weight
print("built under inference_mode: weight.is_inference()", w.is_inference())
attempt("layer(x) outside the mode", lambda: layer(x))
attempt("layer(x) on an input that requires grad",
        lambda: layer(x.clone().requires_grad_()))
attempt("weight._version", lambda: w._version)
with torch.inference_mode():
    conv = nn.Conv2d(1, 1, 1)
attempt("a Conv2d built so, conv(x) outside the mode",
        lambda: conv(torch.ones(1, 1, 2, 2)))

# 2. New values put in with .data (as a weight-rewriting wrapper may do):
# the tensor now has autograd's keys and no version counter, and the view
# weight.t() inside F.linear needs one.
w.data = (w.detach().clone() * 8).round() / 8      # a fake quantization
print("after weight.data = ...: is_inference()", w.is_inference())
attempt("weight.t()", lambda: w.t())
attempt("layer(x)", lambda: layer(x))

# Fix: make the parameters normal tensors, outside the mode, before use.
with torch.inference_mode():
    layer = nn.Linear(2, 3)
for name, p in list(layer.named_parameters()):
    setattr(layer, name, nn.Parameter(p.clone(), p.requires_grad))
layer.weight.data = (layer.weight.detach() * 8).round() / 8
print("cloned outside the mode: is_inference()",
      layer.weight.is_inference())
attempt("layer(x)", lambda: layer(x))
# ... or build it under no_grad: normal tensors with no graph.
with torch.no_grad():
    layer = nn.Linear(2, 3)
    layer.weight.data = (layer.weight * 8).round() / 8
print("built under no_grad: is_inference()", layer.weight.is_inference())
attempt("layer(x)", lambda: layer(x))


# 3. A weight held by a tensor subclass (a stand-in for a quantized or
# device-specific tensor), made outside the mode and viewed inside it.
class Int8Weight(torch.Tensor):
    @staticmethod
    def __new__(cls, q, scale):
        return torch.Tensor._make_wrapper_subclass(
            cls, q.shape, dtype=torch.float32, device=q.device)

    def __init__(self, q, scale):
        self.q, self.scale = q, scale

    @classmethod
    def __torch_dispatch__(cls, func, types, args, kwargs=None):
        if func in (torch.ops.aten.t.default, torch.ops.aten.detach.default):
            a = args[0]
            out = cls(func(a.q), a.scale)
            return return_and_correct_aliasing(func, args, kwargs or {}, out)
        args = [a.q.float() * a.scale if isinstance(a, cls) else a
                for a in args]
        return func(*args, **(kwargs or {}))


w = torch.randn(3, 2)
scale = w.abs().max() / 127
qw = Int8Weight((w / scale).round().to(torch.int8), scale)
print("a tensor subclass made outside the mode:")
attempt("x @ qw.t() outside", lambda: x @ qw.t())
for mode in (torch.inference_mode, torch.no_grad):
    def run():
        with mode():
            x @ qw.t()
    attempt(f"x @ qw.t() under {mode.__name__}", run)
