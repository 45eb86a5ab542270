# A file named like a checkpoint that is something else: an HTML page that a
# download link returned, a Git LFS pointer, a tar archive, a cut download.
# torch.load fails on each before load_state_dict is reached; the first bytes
# say what the file is.
import io
import os
import pickle
import tarfile
import tempfile
import zipfile

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
buffer = io.BytesIO()
torch.save(model.state_dict(), buffer)
checkpoint = buffer.getvalue()
archive = io.BytesIO()
with tarfile.open(fileobj=archive, mode="w") as tar:  # as `tar cf` makes
    member = tarfile.TarInfo("model.pth")
    member.size = len(checkpoint)
    tar.addfile(member, io.BytesIO(checkpoint))
files = {
    "model.pth (an HTML page)": b"<!DOCTYPE html>\n<html>Sign in</html>\n",
    "model.pth (a Git LFS pointer)":
        b"version https://git-lfs.github.com/spec/v1\nsize 1234\n",
    "model.pth.tar (a tar archive)": archive.getvalue(),
    "model.pth (the first half)": checkpoint[:len(checkpoint) // 2],
}


def what_is(path):
    with open(path, "rb") as f:
        start = f.read(64)
    if start.startswith(b"PK\x03\x04"):  # a zip archive, torch.save's format
        if zipfile.is_zipfile(path):  # reads the archive's end record
            return "a zip archive, the format of torch.save"
        return "a zip archive without its end: download it again"
    if start.startswith(b"<"):
        return "HTML: a web page, not the weights"
    if start.startswith(b"version https://git-lfs"):
        return "a Git LFS pointer: run git lfs pull"
    if tarfile.is_tarfile(path):
        return "a tar archive: extract it, load the file inside"
    return "unknown: " + repr(start[:16])


def first_sentence(error):
    return f"{type(error).__name__}: {str(error).split('. ')[0]}"


folder = tempfile.mkdtemp()
for name, data in files.items():
    path = os.path.join(folder, name.split()[0])
    with open(path, "wb") as f:
        f.write(data)
    print(f"{name}, {os.path.getsize(path)} bytes: {what_is(path)}")
    for weights_only in (True, False):
        try:
            torch.load(path, weights_only=weights_only)
        except (pickle.UnpicklingError, RuntimeError, KeyError) as error:
            print(f"  weights_only={weights_only}: {first_sentence(error)}")
            operand = [line for line in str(error).splitlines()
                       if line.startswith("Unsupported operand")]
            if operand:
                print(f"    {operand[0]} (ord('<') = {ord('<')},"
                      f" ord('v') = {ord('v')})")

# the fix for the archive: take the checkpoint out, then load it
with tarfile.open(os.path.join(folder, "model.pth.tar")) as tar:
    tar.extract("model.pth", path=folder, filter="data")
path = os.path.join(folder, "model.pth")
print(f"extracted model.pth: {what_is(path)}")
restored = nn.Linear(2, 1)
print(restored.load_state_dict(torch.load(path)))
assert torch.equal(restored.weight, model.weight)
