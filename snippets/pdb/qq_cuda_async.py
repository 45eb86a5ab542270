# Where "CUDA kernel errors might be asynchronously reported" comes from in a
# CUDA build, and the same indexing bug on the CPU, raised at its own line.
import os
import re
import traceback

import torch

print("torch.version.cuda:", torch.version.cuda)
lib = os.path.join(os.path.dirname(torch.__file__), "lib", "libc10_cuda.so")
if os.path.exists(lib):
    with open(lib, "rb") as f:
        text = f.read()
    print("strings in lib/libc10_cuda.so:")
    wanted = (rb"[ -~]*(?:asynchronously reported|"
              rb"consider passing CUDA_LAUNCH_BLOCKING)[ -~]*")
    for found in re.findall(wanted, text):
        print("  " + found.decode())
else:
    print("this build has no lib/libc10_cuda.so")

embedding = torch.nn.Embedding(10, 4)
ids = torch.tensor([[1, 2], [3, 12]])        # 12: no such row
try:
    embedding(ids)
except IndexError as error:
    line = traceback.extract_tb(error.__traceback__)[0]
    print(f"on the CPU: IndexError: {error}, raised at line {line.lineno}: "
          f"{line.line}")
print("the ids out of range:", ids[ids >= embedding.num_embeddings].tolist())
