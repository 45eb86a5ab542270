# "AddmmBackward0 returned an invalid gradient at index 1": index 1 of
# addmm(bias, input, weight.t()) is the layer's input. Its shape was
# changed through .data after autograd recorded it (a stand-in backbone
# whose features are pooled by writing .data), so the gradient computed
# from the weight does not fit the shape the graph recorded.
import torch
from torch import nn
from torch.autograd.graph import get_gradient_edge

torch.manual_seed(0)
backbone, fc = nn.Conv1d(8, 2048, 1), nn.Linear(2048, 5)
clip = torch.randn(1, 8, 16)


def recorded_shape(t):             # what the graph recorded for t
    edge = get_gradient_edge(t)
    return list(edge.node._input_metadata[edge.output_nr].shape)


feats = backbone(clip)                        # [1, 2048, 16]
flat = feats.flatten(1)                       # [1, 32768], recorded as such
flat.data = feats.data.mean(dim=2)            # pooled behind autograd's back
print("flat:", list(flat.shape), "recorded:", recorded_shape(flat))
print("fc.weight:", list(fc.weight.shape))
loss = fc(flat).sum()                         # runs: fc sees [1, 2048]
try:
    loss.backward()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# Fix: change shapes with operations autograd records.
feats = backbone(clip)
flat = feats.mean(dim=2)                      # [1, 2048], recorded as such
print("flat:", list(flat.shape), "recorded:", recorded_shape(flat))
fc(flat).sum().backward()
assert backbone.weight.grad is not None
print("backward ran; backbone.weight.grad:", list(backbone.weight.grad.shape))

# Or, for a layer that should see all 32768 values: no .data write, and a
# layer that takes them.
wide = nn.Linear(32768, 5)
wide(backbone(clip).flatten(1)).sum().backward()
print("no .data write, in_features=32768: backward ran; wide.weight.grad:",
      list(wide.weight.grad.shape))
