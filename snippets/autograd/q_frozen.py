# Parameters with requires_grad=False: backward skips them, gradients still
# flow through them, and autograd.grad must not be asked for them.
import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(4, 3)

net = nn.Sequential(nn.Linear(3, 3), nn.Linear(3, 1))
net[0].requires_grad_(False)  # freeze the first layer
net(x).mean().backward()  # no error: the frozen layer is skipped
print("1. frozen layer grad:", net[0].weight.grad,
      " trained layer grad:", tuple(net[1].weight.grad.shape))
lin = nn.Linear(3, 1)
lin(x).mean().backward()
lin.weight.requires_grad_(False)  # frozen after a backward gave it a .grad
before = lin.weight.grad.clone()
(lin(x) * 2).mean().backward()
print("   frozen after a backward: .grad left as it was:",
      torch.equal(lin.weight.grad, before))

gen, disc = nn.Linear(3, 3), nn.Linear(3, 1)
disc.requires_grad_(False)  # while the generator is updated
disc(gen(x)).mean().backward()
print("2. through a frozen discriminator: gen grad",
      tuple(gen.weight.grad.shape), " disc grad", disc.weight.grad)

loss = net(x).mean()
try:
    torch.autograd.grad(loss, list(net.parameters()))
except RuntimeError as e:
    print("3. autograd.grad over all parameters: RuntimeError:", e)
trainable = [p for p in net.parameters() if p.requires_grad]
grads = torch.autograd.grad(loss, trainable)
print("   over the trainable ones:", [tuple(g.shape) for g in grads])

# 4. A parameter the optimizer never steps but that still requires grad
# gets a gradient, and clipping over model.parameters() counts it.
for frozen in (False, True):
    torch.manual_seed(0)
    net = nn.Sequential(nn.Linear(3, 3), nn.Linear(3, 1))
    net[0].requires_grad_(not frozen)
    opt = torch.optim.SGD(net[1].parameters(), lr=0.1)  # only the last
    (10 * net(x)).pow(2).mean().backward()
    norm = nn.utils.clip_grad_norm_(net.parameters(), max_norm=1.0)
    print(f"4. first layer requires_grad={not frozen!s:<5}: total norm "
          f"{norm:.2f}, clipped last-layer grad norm "
          f"{net[1].weight.grad.norm():.3f}")
