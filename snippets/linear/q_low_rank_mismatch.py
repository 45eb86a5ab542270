# Two LoRA implementations that should agree: nn.Linear factors (lora_A,
# lora_B) and nn.Parameter factors applied as x @ A @ B. What makes them
# differ, and the fix for each.
import math

import torch
from torch import nn

d_in, d_out, r, alpha = 64, 32, 4, 8


class LinearLoRA(nn.Module):     # 1: lora_B(lora_A(dropout(x))) * alpha / r
    def __init__(self, scaling=alpha / r, p=0.0):
        super().__init__()
        self.lora_A = nn.Linear(d_in, r, bias=False)     # weight (r, in)
        self.lora_B = nn.Linear(r, d_out, bias=False)    # weight (out, r)
        nn.init.zeros_(self.lora_B.weight)
        self.scaling, self.dropout = scaling, nn.Dropout(p)

    def forward(self, x):
        return self.lora_B(self.lora_A(self.dropout(x))) * self.scaling


class ParamLoRA(nn.Module):             # 2: x @ A @ B * alpha / r, no dropout
    def __init__(self, init_in_linear_layout=True):
        super().__init__()
        # kaiming_uniform_ reads fan_in from dim 1: initialise (r, in), as
        # nn.Linear(in, r) does, and store the transpose; or (wrong) (in, r)
        shape = (r, d_in) if init_in_linear_layout else (d_in, r)
        A = nn.init.kaiming_uniform_(torch.empty(shape), a=math.sqrt(5))
        self.A = nn.Parameter(A.T.contiguous() if init_in_linear_layout else A)
        self.B = nn.Parameter(torch.zeros(r, d_out))     # (r, out)
        self.scaling = alpha / r

    def forward(self, x):
        return (x @ self.A @ self.B) * self.scaling


def rel(a, b):                          # how far a is from b, relative to b
    return f"{((a - b).norm() / b.norm()).item():.2f}"


torch.manual_seed(0)
x = torch.randn(8, d_in)
one = LinearLoRA()
with torch.no_grad():
    one.lora_B.weight.normal_(0, 0.1)   # stand-in for trained factors
ref = one(x)

print("1. Transposes: copying implementation 1's factors into 2")
two = ParamLoRA()
try:
    with torch.no_grad():
        two.A.copy_(one.lora_A.weight)
except RuntimeError as e:
    print(f"   copy_(lora_A.weight): {type(e).__name__}: {e}")
with torch.no_grad():                   # same number of entries: runs silently
    two.A.copy_(one.lora_A.weight.reshape(d_in, r))
    two.B.copy_(one.lora_B.weight.reshape(r, d_out))
print("   reshape: relative difference of the update", rel(two(x), ref))
with torch.no_grad():                   # the fix: a transpose, not a reshape
    two.A.copy_(one.lora_A.weight.T)
    two.B.copy_(one.lora_B.weight.T)
assert torch.allclose(two(x), ref, atol=1e-6)
print("   .T: relative difference", rel(two(x), ref))

print("2. Initialisation: kaiming_uniform_ reads fan_in from dim 1")
torch.manual_seed(1)
wrong = ParamLoRA(init_in_linear_layout=False).A   # on (in, r): fan_in = r
torch.manual_seed(1)
right = ParamLoRA(init_in_linear_layout=True).A    # on (r, in): fan_in = in
torch.manual_seed(1)
lin_A = LinearLoRA().lora_A.weight                 # nn.Linear(in, r)'s default
print(f"   largest |A|: initialised as (in, r) {wrong.abs().max():.3f}"
      f" (bound 1/sqrt({r}) = {1 / math.sqrt(r):.3f}),"
      f" as (r, in) {right.abs().max():.3f} (bound 1/sqrt({d_in}) ="
      f" {1 / math.sqrt(d_in):.3f})")
print("   (r, in) initialised, transposed == nn.Linear(in, r).weight.T:",
      torch.equal(right, lin_A.T))

print("3. Scaling: alpha instead of alpha / r")
big = LinearLoRA(scaling=alpha)
big.load_state_dict(one.state_dict())
assert torch.allclose(big(x), r * ref)
print(f"   the update is {r} times larger: relative difference",
      rel(big(x), ref))

print("4. Dropout on the input of the low-rank path, or on its output")
drop = LinearLoRA(p=0.1)
drop.load_state_dict(one.state_dict())
torch.manual_seed(2)
on_input = drop(x)
torch.manual_seed(2)
on_output = drop.dropout(drop.lora_B(drop.lora_A(x)) * drop.scaling)
print("   training mode: relative difference", rel(on_output, on_input))
drop.eval()                             # dropout is the identity in eval mode
print("   eval mode: equal", torch.equal(drop(x), ref))

print("5. A square weight stored (in, out), applied as x @ W (GPT-2's Conv1D)")
torch.manual_seed(5)
W_io = torch.randn(d_in, d_in) * 0.02
A5, B5 = torch.randn(r, d_in) * 0.1, torch.randn(d_in, r) * 0.1
s5 = alpha / r
want = x @ W_io + s5 * (x @ A5.T) @ B5.T         # the unmerged layer
print("   merged W + s * B @ A: relative difference",
      rel(x @ (W_io + s5 * B5 @ A5), want))
merged = x @ (W_io + s5 * (B5 @ A5).T)            # fan_in_fan_out: transpose
assert torch.allclose(merged, want, atol=1e-5)
print("   merged W + s * (B @ A).T: relative difference", rel(merged, want))

print("6. One mismatch, the same training: 300 SGD steps, lr 0.1")
torch.manual_seed(3)
base = nn.Linear(d_in, d_out).requires_grad_(False)
X = torch.randn(256, d_in)
Y = base(X) + X @ (torch.randn(d_out, r) @ torch.randn(r, d_in) * 0.05).T


def train(adapter):
    opt = torch.optim.SGD(adapter.parameters(), lr=0.1)
    for _ in range(300):
        loss = ((base(X) + adapter(X) - Y) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


losses = {}
for name, make in [("1: nn.Linear factors", LinearLoRA),
                   ("2: A initialised as (in, r)",
                    lambda: ParamLoRA(init_in_linear_layout=False)),
                   ("2: A initialised as (r, in), transposed", ParamLoRA)]:
    torch.manual_seed(4)
    losses[name] = train(make())
    print(f"   {name:40s} final loss {losses[name]:.2g}")
first = losses["1: nn.Linear factors"]
fixed = losses["2: A initialised as (r, in), transposed"]
assert abs(fixed - first) <= 1e-3 * first
