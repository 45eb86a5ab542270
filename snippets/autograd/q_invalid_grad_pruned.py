# Removing filters by replacing a parameter's .data between two training
# steps: the parameter keeps its AccumulateGrad node while an old graph (the
# previous step's loss) holds it, and that node recorded the old shape.
# Broadcast stands in for nn.DataParallel's, which needs CUDA: a Function
# taking (devices, *parameters); only tensors get an edge, so the index in
# its message is the parameter's position in model.parameters().
import torch
from torch import nn
from torch.autograd.graph import get_gradient_edge
from torch.func import functional_call

torch.manual_seed(0)


class Broadcast(torch.autograd.Function):
    @staticmethod
    def forward(ctx, devices, *params):       # one copy per device
        ctx.n = len(params)
        return tuple(p.clone() for _ in devices for p in params)

    @staticmethod
    def backward(ctx, *grads):                # sum the copies' gradients
        return (None,) + tuple(sum(grads[i::ctx.n]) for i in range(ctx.n))


def data_parallel(model, x, devices=(0, 1)):
    names = [name for name, _ in model.named_parameters()]
    copies = Broadcast.apply(devices, *model.parameters())
    n = len(names)
    return torch.cat([
        functional_call(model, dict(zip(names, copies[i * n:])), (xi,))
        for i, xi in enumerate(x.chunk(len(devices)))])


def block(c_in, bias=False):
    return [nn.Conv2d(c_in, 64, (1, 3), bias=bias), nn.BatchNorm2d(64),
            nn.ReLU()]


model = nn.Sequential(*block(3, bias=True), *block(64), *block(64),
                      nn.Conv2d(64, 64, (1, 3), bias=False))
last, x = model[9], torch.randn(4, 3, 1, 12)
print("last.weight is parameter", [p is last.weight for p in
                                   model.parameters()].index(True))
opt = torch.optim.SGD(model.parameters(), lr=0.1)


def step(forward=data_parallel):
    loss = forward(model, x).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss


loss = step()
last.weight.data = last.weight.data[3:].clone()      # remove 3 filters
# Only loss's graph holds the parameter's AccumulateGrad; with none alive,
# get_gradient_edge would make a new one, recording the new shape.
acc = get_gradient_edge(last.weight).node
print("AccumulateGrad after pruning: recorded",
      list(acc._input_metadata[0].shape), "weight", list(last.weight.shape))
del acc
for label, forward in [("DataParallel", data_parallel),
                       ("one device", lambda m, x: m(x))]:
    try:
        step(forward)
    except RuntimeError as e:
        print(f"{label}: {type(e).__name__}: {e}")

# Fix 1: drop the old graph before the next forward.
del loss
print("after del loss: AccumulateGrad recorded",
      list(get_gradient_edge(last.weight).node._input_metadata[0].shape))
loss = step()
print("after del loss: step ran, grad", list(last.weight.grad.shape))
# Fix 2: a new Parameter (a new leaf), and an optimizer that holds it.
last.weight = nn.Parameter(last.weight.detach()[3:].clone())
opt = torch.optim.SGD(model.parameters(), lr=0.1)
loss = step()
print("new Parameter:", list(last.weight.grad.shape))
assert last.weight.grad.shape == last.weight.shape

# Fix 1 leaves the optimizer as it was: state it holds for the parameter (a
# momentum buffer) keeps the old shape. A new optimizer has none.
del loss
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
step()                                   # no graph kept; a momentum buffer
last.weight.data = last.weight.data[3:].clone()
try:
    step()
except RuntimeError as e:
    print(f"momentum buffer: {type(e).__name__}: {e}")
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
step()
print("new optimizer:", list(last.weight.grad.shape))
