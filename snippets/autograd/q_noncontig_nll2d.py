# "RuntimeError: grad_input must be contiguous" from nll_loss2d's backward
# (graph-convnet-tsp's loss_edges: log_softmax over the last dim, then
# permute(0, 3, 1, 2) to put the classes in dim 1, then NLLLoss with
# class weights). The backward allocates grad_input with
# zeros_like(input), which keeps a permuted input's strides, then checks
# that grad_input is contiguous. A stand-in edge predictor, on the CPU.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
B, V, C = 2, 5, 2                      # batch, nodes, edge classes
edges = torch.randn(B, V, V, 3)
predict = nn.Linear(3, C)              # stand-in for the GCN's edge MLP
y_edges = torch.randint(0, C, (B, V, V))
edge_cw = torch.tensor([0.6, 2.5])     # class weights


def loss_edges(y_pred_edges, make_contiguous=False):
    y = F.log_softmax(y_pred_edges, dim=3)   # B x V x V x C
    y = y.permute(0, 3, 1, 2)                # B x C x V x V
    if make_contiguous:
        y = y.contiguous()
    return nn.NLLLoss(edge_cw)(y, y_edges), y


loss, y = loss_edges(predict(edges))
print("NLLLoss input: shape", list(y.shape), "stride", y.stride(),
      "contiguous", y.is_contiguous())
print("zeros_like(input) stride", torch.zeros_like(y).stride())
print("loss node:", type(loss.grad_fn).__name__)
try:
    loss.backward()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

predict.zero_grad()
loss, y = loss_edges(predict(edges), make_contiguous=True)
loss.backward()
print("with .contiguous() after permute: backward ran, loss",
      round(loss.item(), 4))
grad_fixed = predict.weight.grad.clone()

# The same loss without the permute: classes stay last, rows of C values.
predict.zero_grad()
logp = F.log_softmax(predict(edges), dim=3)
flat = nn.NLLLoss(edge_cw)(logp.reshape(-1, C), y_edges.reshape(-1))
flat.backward()
assert torch.allclose(flat, loss) and torch.allclose(
    predict.weight.grad, grad_fixed)
print("classes last, reshape(-1, C): same loss and gradient")
