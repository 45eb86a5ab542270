# "NotImplementedError: Cannot copy out of meta tensor; no data!": a model
# built on the meta device (as init_empty_weights, low_cpu_mem_usage or a
# device_map do) has shapes and no values; .to() has nothing to copy.
import torch

with torch.device("meta"):
    model = torch.nn.Sequential(torch.nn.Linear(4, 3), torch.nn.ReLU(),
                                torch.nn.Linear(3, 2))
print("built on:", model[0].weight.device, "| is_meta:",
      model[0].weight.is_meta)
try:
    model.to("cpu")
except NotImplementedError as e:
    print("NotImplementedError:", e)

# anything else that reads values fails the same way, or with its own words
bias = model[0].bias
for name, read in (("bias.tolist()", bias.tolist),
                   ("bias.sum().item()", lambda: bias.sum().item())):
    try:
        read()
    except (NotImplementedError, RuntimeError) as e:
        print(f"{name}: {type(e).__name__}: {e}")

# fix 1: allocate on the device, then fill from a checkpoint
torch.manual_seed(0)
checkpoint = torch.nn.Sequential(torch.nn.Linear(4, 3), torch.nn.ReLU(),
                                 torch.nn.Linear(3, 2)).state_dict()
model.to_empty(device="cpu")            # memory, values not set
model.load_state_dict(checkpoint)
print("to_empty + load_state_dict:", model[0].weight.device,
      torch.equal(model[0].weight, checkpoint["0.weight"]))

# fix 2: let load_state_dict take the checkpoint's tensors themselves
with torch.device("meta"):
    model = torch.nn.Linear(4, 3)
model.load_state_dict({k[2:]: v for k, v in checkpoint.items()
                       if k.startswith("0.")}, assign=True)
print("load_state_dict(assign=True):", model.weight.device)

# without a checkpoint, to_empty leaves the values unset: reset them
with torch.device("meta"):
    model = torch.nn.Linear(4, 3)
model.to_empty(device="cpu").reset_parameters()
print("to_empty + reset_parameters:", model.weight.device,
      "| bound respected:", bool(model.weight.abs().max() <= 0.5))
