# Gradient clipping: clip_grad_norm_ rescales the gradients that backward()
# wrote, so it goes between loss.backward() and optimizer.step(). It
# returns the total norm before clipping.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
x = torch.rand(64, 2) * 500  # large inputs: lr=1e-3 diverges unclipped
y = x @ torch.tensor([0.3, -0.2]) + 1.0


def train(clip, steps=200):
    torch.manual_seed(0)
    lin = nn.Linear(2, 1)
    opt = torch.optim.SGD(lin.parameters(), lr=1e-3)
    for step in range(steps):
        opt.zero_grad()
        loss = F.mse_loss(lin(x).squeeze(1), y)
        first = loss.item() if step == 0 else first
        if clip == "before backward":  # nothing to clip yet: no effect
            nn.utils.clip_grad_norm_(lin.parameters(), max_norm=1.0)
        loss.backward()
        if clip == "after backward":
            total = nn.utils.clip_grad_norm_(lin.parameters(), max_norm=1.0)
            after = torch.cat([p.grad.flatten() for p in lin.parameters()])
            if step == 0:
                print(f"  step 0: norm before clipping {total:.3e}, "
                      f"after {after.norm():.4f}")
        opt.step()
        if clip == "after step":  # the step has used them already
            nn.utils.clip_grad_norm_(lin.parameters(), max_norm=1.0)
    return first, loss.item()


for clip in (None, "before backward", "after step", "after backward"):
    print(f"clip {clip}:")
    first, last = train(clip)
    print(f"  loss at step 0: {first:.4g}, after 200 steps: {last:.4g}")

# With a GradScaler, backward() writes gradients multiplied by the scale:
# unscale_ them first, then clip, then scaler.step.
lin = nn.Linear(2, 1)
opt = torch.optim.SGD(lin.parameters(), lr=1e-3)
scaler = torch.amp.GradScaler("cpu", init_scale=1024.0)
scaler.scale(F.mse_loss(lin(x).squeeze(1), y)).backward()
scaled = torch.cat([p.grad.flatten() for p in lin.parameters()]).norm()
scaler.unscale_(opt)
unscaled = nn.utils.clip_grad_norm_(lin.parameters(), max_norm=1.0)
before = [(p.detach().clone(), p.grad.clone()) for p in lin.parameters()]
scaler.step(opt)  # uses the clipped gradients as they are: no second unscale
scaler.update()
assert all(torch.allclose(p, w - 1e-3 * g)
           for p, (w, g) in zip(lin.parameters(), before))
print(f"GradScaler: norm as backward wrote it {scaled:.4e}, "
      f"after unscale_ {unscaled:.4e} (1/1024 of it), then clipped")
assert torch.allclose(scaled / 1024, unscaled)
