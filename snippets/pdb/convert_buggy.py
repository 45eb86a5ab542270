# command: python -m pdb -c continue snippets/pdb/convert_buggy.py
# A stand-in for a model-conversion script: rename a tiny model's tensors,
# convert them to float16, write them to a simple file format (a JSON
# header, then the raw bytes), then load the file the way a runtime would
# and run the model from it.
import json
import math
import tempfile
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import nn


class TinyLM(nn.Module):
    def __init__(self, vocab=6, dim=4):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.norm = nn.LayerNorm(dim)
        self.head = nn.Linear(dim, vocab, bias=False)

    def forward(self, ids):
        return self.head(self.norm(self.embed(ids)))


# name in the state_dict -> name in the file
NAMES = {"embed.weight": "token_embd.weight",
         "norm.weight": "output_norm.weight",
         "norm.bias": "output_norm.bias",
         "head.weight": "output.weight"}


def convert_tensor(name, tensor):
    data = tensor.detach().to(torch.float16)
    if name.endswith(".weight") and data.dim() == 2:  # file: (in, out)
        data = data.t()
    return data.contiguous()


def write_file(path, tensors):
    header, blobs, offset = {}, [], 0
    for name, data in tensors.items():
        blob = data.numpy().tobytes()
        header[name] = {"shape": list(data.shape), "offset": offset}
        blobs.append(blob)
        offset += len(blob)
    head = json.dumps(header).encode()
    size = len(head).to_bytes(8, "little")
    path.write_bytes(size + head + b"".join(blobs))


def read_file(path):
    raw = path.read_bytes()
    size = int.from_bytes(raw[:8], "little")
    header, body = json.loads(raw[8:8 + size]), raw[8 + size:]
    tensors = {}
    for name, info in header.items():
        start, count = info["offset"], math.prod(info["shape"])
        data = bytearray(body[start:start + 2 * count])
        flat = torch.frombuffer(data, dtype=torch.float16)
        tensors[name] = flat.reshape(info["shape"])
    return tensors


def run_from_file(t, ids):  # the runtime: one row of token_embd per token
    x = t["token_embd.weight"][ids].float()
    x = F.layer_norm(x, x.shape[-1:], t["output_norm.weight"].float(),
                     t["output_norm.bias"].float())
    return x @ t["output.weight"].float()


torch.manual_seed(0)
model = TinyLM()
tensors = {NAMES[name]: convert_tensor(name, tensor)
           for name, tensor in model.state_dict().items()}
with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "tiny.bin"
    write_file(path, tensors)
    print(f"wrote {path.name}: {path.stat().st_size} bytes")
    loaded = read_file(path)
ids = torch.tensor([0, 5, 2])
with torch.no_grad():
    got, expected = run_from_file(loaded, ids), model(ids)
print(f"largest difference: {(got - expected).abs().max().item():.4f}")
