# An input one feature short or long: the bias plays no part in the
# message, and a dummy batch gives the right in_features.
import torch
from torch import nn

torch.manual_seed(0)
for bias in (True, False):
    lin = nn.Linear(4096, 10, bias=bias)
    print(f"bias={bias}: weight {tuple(lin.weight.shape)}, bias",
          None if lin.bias is None else tuple(lin.bias.shape))
    try:
        lin(torch.randn(2, 4097))
    except RuntimeError as e:
        print("  RuntimeError:", e)

# A count such as feature_len * 31 holds for one input length only:
# here two strided Conv1d layers leave 31 steps of a 130-step sequence.
feature_len = 16
convs = nn.Sequential(nn.Conv1d(8, feature_len, 5, stride=2), nn.ReLU(),
                      nn.Conv1d(feature_len, feature_len, 3, stride=2),
                      nn.Flatten())
for length in (130, 128):
    with torch.no_grad():
        n = convs(torch.zeros(1, 8, length)).shape[1]
    print(f"length {length}: {n} features = feature_len * {n // feature_len}")
head = nn.Linear(feature_len * 31, 1024)
try:
    head(convs(torch.randn(2, 8, 128)))
except RuntimeError as e:
    print("length 128 into Linear(feature_len * 31, ...): RuntimeError:", e)
