# A bias initialised to zero against bias=False: the same outputs at the
# start, different layers once training moves the bias.
import torch
from torch import nn

torch.manual_seed(0)
x, target = torch.randn(16, 3), torch.randn(16, 2) + 1.0  # targets off 0
zero_bias = nn.Linear(3, 2)
nn.init.zeros_(zero_bias.bias)
no_bias = nn.Linear(3, 2, bias=False)
with torch.no_grad():
    no_bias.weight.copy_(zero_bias.weight)
print("same outputs at the start:", torch.equal(zero_bias(x), no_bias(x)))

for name, model in [("bias zero at start", zero_bias),
                    ("bias=False", no_bias)]:
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for step in range(100):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), target)
        loss.backward()
        if step == 0 and model.bias is not None:
            print("bias gradient at step 0:", model.bias.grad)
        opt.step()
    print(f"{name:19} loss after 100 steps {loss.item():.4f}, "
          f"bias {None if model.bias is None else model.bias.data}")

# Zero biases do not make units alike: the random weights already differ.
hidden = nn.Linear(3, 4)
nn.init.zeros_(hidden.bias)
h = torch.relu(hidden(x))
alike = any(torch.equal(h[:, i], h[:, j])
            for i in range(4) for j in range(i + 1, 4))
print("hidden units identical:", alike)
assert zero_bias.bias.abs().max() > 0.5
