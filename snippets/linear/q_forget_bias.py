# Setting an LSTM's forget-gate bias: each weight and bias stacks the four
# gates in the order input, forget, cell, output, so forget is rows H:2H.
# The gate sees b_ih + b_hh, so set the sum: here 1 in one, 0 in the other.
import torch
from torch import nn

torch.manual_seed(0)
H = 4
lstm = nn.LSTM(input_size=3, hidden_size=H, num_layers=2)
for name, p in lstm.named_parameters():
    if name.startswith("bias"):
        with torch.no_grad():
            p[H:2 * H].fill_(1.0 if name.startswith("bias_ih") else 0.0)
b = lstm.bias_ih_l1 + lstm.bias_hh_l1
print("layer 1, b_ih + b_hh by gate:")
for gate, chunk in zip(["input", "forget", "cell", "output"], b.split(H)):
    print(f"  {gate:7}", [round(v, 3) for v in chunk.tolist()])

# Check the layout on nn.LSTM itself: with zero weights, zero other
# biases and zero input, the forget gate is sigmoid(b_f) = 0.731, the
# input gate times tanh(0) adds nothing, and the cell keeps 0.731 of c0.
check = nn.LSTM(input_size=3, hidden_size=H)
with torch.no_grad():
    for p in check.parameters():
        p.zero_()
    check.bias_ih_l0[H:2 * H] = 1.0  # rows H:2H = the forget gate
h0, c0 = torch.zeros(1, 1, H), torch.ones(1, 1, H)
_, (h1, c1) = check(torch.zeros(1, 1, 3), (h0, c0))
print("c1 = f * c0 + i * g =", [round(v, 4) for v in c1[0, 0].tolist()],
      " sigmoid(1) =", round(torch.sigmoid(torch.tensor(1.)).item(), 4))

# The same 1 in rows 0:H (the input gate) leaves f = sigmoid(0) = 0.5.
with torch.no_grad():
    check.bias_ih_l0.zero_()
    check.bias_ih_l0[0:H] = 1.0
_, (h1, c1) = check(torch.zeros(1, 1, 3), (h0, c0))
print("1 in rows 0:H instead: c1 =", [round(v, 4) for v in c1[0, 0].tolist()])

# The gate adds both biases: 0.5 in each of the forget rows is 1 in all.
with torch.no_grad():
    check.bias_ih_l0.zero_()
    check.bias_ih_l0[H:2 * H] = 0.5
    check.bias_hh_l0[H:2 * H] = 0.5
_, (h1, c1) = check(torch.zeros(1, 1, 3), (h0, c0))
print("0.5 in bias_ih and 0.5 in bias_hh: c1 =",
      [round(v, 4) for v in c1[0, 0].tolist()])
