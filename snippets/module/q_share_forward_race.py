# Another process can change a shared model's parameters partway through a
# forward. Made deterministic with Events: a forward pre-hook on the second
# layer lets a writer process step in between the two layers. The forward
# then mixes the old first layer with the new second layer: a result neither
# the old nor the new model gives. Fixes: a Lock held over forward, backward
# and step by every process that writes; or a local copy loaded from the
# shared model at the start of the step, as A3C workers do.
import contextlib
import sys

import torch
import torch.multiprocessing as mp
from torch import nn

fork = mp.get_context("fork")
x = torch.tensor([[1.0, 2.0]])


def shared_model():
    torch.manual_seed(0)
    return nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 1)).share_memory()


def writer(model, midway, written, lock):
    # another worker's optimizer.step(), here a plain in-place write
    midway.wait()
    with lock if lock is not None else contextlib.nullcontext():
        with torch.no_grad():
            for p in model.parameters():
                p.add_(1.0)
    written.set()


def with_writer(model, read, lock=None, timeout=None):
    """read(model, pause) runs while a writer process waits: the writer writes
    when pause (a forward pre-hook) runs, and pause returns after the write."""
    midway, written = fork.Event(), fork.Event()

    def between_layers(module, args):  # runs before model[1] reads its weight
        midway.set()
        written.wait(timeout)

    sys.stdout.flush()
    p = fork.Process(target=writer, args=(model, midway, written, lock))
    p.start()
    handle = model[1].register_forward_pre_hook(between_layers)
    try:
        result = read(model, between_layers)
    finally:
        handle.remove()
        p.join()
    assert p.exitcode == 0
    return result.item()


model = shared_model()
old = model(x).item()
with torch.no_grad():
    h_old = model[0](x)
mixed = with_writer(model, lambda m, pause: m(x))
new = model(x).item()  # every parameter written: the new model
with torch.no_grad():
    # old layer 0, new layer 1
    assert abs(mixed - model[1](h_old).item()) < 1e-5
print(f"old model {old:.4f}, new model {new:.4f}")
print(f"1) no lock, the write between the layers: {mixed:.4f}")


# fix 1: the reader holds the Lock over its whole step, the writer takes it too
def locked_step(model, pause):
    optimizer = torch.optim.SGD(model.parameters(), lr=0.0)
    with lock:
        out = model(x)  # the pre-hook waits 0.5 s for a write that cannot come
        out.backward()
        optimizer.step()
    return out


lock = fork.Lock()
model = shared_model()
out = with_writer(model, locked_step, lock=lock, timeout=0.5)
print(f"2) with a Lock: {out:.4f}; the write came after the step, the shared"
      f" model now gives {model(x).item():.4f}")
assert abs(out - old) < 1e-6 and abs(model(x).item() - new) < 1e-6


# fix 2: a local copy, loaded from the shared model at the start of the step
def local_copy(model, pause):
    local = nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 1))
    local.load_state_dict(model.state_dict())  # copies the values, now
    # the writer writes into the shared model between the local layers
    local[1].register_forward_pre_hook(pause)
    return local(x)


model = shared_model()
out = with_writer(model, local_copy)
print(f"3) local copy: {out:.4f};"
      f" the shared model meanwhile: {model(x).item():.4f}")
assert abs(out - old) < 1e-6
