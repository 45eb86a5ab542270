# model.eval() and torch.no_grad() switch off different things.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 4), nn.Dropout(0.5))
x = torch.ones(1, 4)


def report(label):
    y = model(x)
    again = model(x)
    node = type(y.grad_fn).__name__ if y.grad_fn else None
    print(f"{label:<22} training={model[1].training!s:<5} "
          f"same output twice={torch.equal(y, again)!s:<5} "
          f"requires_grad={y.requires_grad!s:<5} grad_fn={node}")


report("train mode")
with torch.no_grad():
    report("train + no_grad")
model.eval()  # model.train(False): sets .training on every submodule
report("eval")
with torch.no_grad():
    report("eval + no_grad")
with torch.inference_mode():
    report("eval + inference_mode")
model.train()  # back to training mode, for every submodule again
print("after model.train():", [m.training for m in model.modules()])
model.eval()  # eval mode records a graph that backward() can use
model(x).sum().backward()
print("eval mode, then backward(): weight.grad computed:",
      model[0].weight.grad is not None)
