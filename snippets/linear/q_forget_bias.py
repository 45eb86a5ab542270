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

# Check the layout: with zero weights and zero state, the forget gate
# is sigmoid(b_f) = 0.731 and the cell keeps 0.731 of c0.
cell = nn.LSTMCell(3, H)
with torch.no_grad():
    for p in cell.parameters():
        p.zero_()
    cell.bias_ih[H:2 * H] = 1.0
h0, c0 = torch.zeros(1, H), torch.ones(1, H)
h1, c1 = cell(torch.zeros(1, 3), (h0, c0))
print("c1 = f * c0 + i * g =", [round(v, 4) for v in c1[0].tolist()],
      " sigmoid(1) =", round(torch.sigmoid(torch.tensor(1.)).item(), 4))
