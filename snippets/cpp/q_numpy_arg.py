# "torch.max received an invalid combination of arguments - got
# (numpy.ndarray, dim=int)": torch's functions take tensors, and the
# generated argument parser does not convert a NumPy array into one.
import numpy as np
import torch

preds = np.array([[0.1, 0.9], [0.8, 0.2]])   # e.g. a model output .numpy()'d
for call, run in (("torch.max(preds, dim=1)", lambda: torch.max(preds, dim=1)),
                  ("torch.argmax(preds, 1)", lambda: torch.argmax(preds, 1))):
    try:
        run()
    except TypeError as e:
        print(f"{call}: TypeError: {str(e).strip()}")

# the fix: a tensor (from_numpy shares the memory), or stay in NumPy
t = torch.from_numpy(preds)
values, indices = torch.max(t, dim=1)
assert indices.tolist() == preds.argmax(axis=1).tolist()
print("torch.max(torch.from_numpy(preds), dim=1).indices:", indices.tolist())
print("preds.argmax(axis=1):", preds.argmax(axis=1).tolist())
