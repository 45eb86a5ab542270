# A FLOPs counter that attaches its methods to the model (as ptflops'
# add_flops_counting_methods does) leaves them in the model's __dict__, and
# torch.save(model) then pickles a lookup of each by name, which fails when
# the file is loaded. ptflops' per-layer printout, on by default, also leaves
# a method on every module. A small stand-in counter, saved by a subprocess.
import os
import pickle
import runpy

import torch

helper = runpy.run_path("snippets/module/whole_model.py")

NETS = '''
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 2)

    def forward(self, x):
        return self.fc(x)


def count_hook(module, args, output):
    if isinstance(module, nn.Linear):
        module.__flops__ += output.numel() * module.in_features


def start_flops_count(self):
    for m in self.modules():
        m.__flops__ = 0
        m.__flops_handle__ = m.register_forward_hook(count_hook)


def stop_flops_count(self):
    for m in self.modules():
        m.__flops_handle__.remove()
        del m.__flops_handle__, m.__flops__


def compute_flops(self):
    return sum(m.__flops__ for m in self.modules())


def accumulate_params(self):
    return sum(p.numel() for p in self.parameters())


def get_model_complexity_info(net, x, print_per_layer_stat=True):
    net.start_flops_count = start_flops_count.__get__(net)
    net.stop_flops_count = stop_flops_count.__get__(net)
    net.compute_flops = compute_flops.__get__(net)
    net.start_flops_count()
    net(x)
    macs = net.compute_flops()
    if print_per_layer_stat:         # ptflops' printout leaves this behind
        for m in net.modules():
            m.accumulate_params = accumulate_params.__get__(m)
    net.stop_flops_count()
    return macs
'''
TRAIN = '''
import copy
import torch
import nets
torch.manual_seed(0)
net = nets.Net()
print("MACs:", nets.get_model_complexity_info(net, torch.ones(1, 4),
                                              print_per_layer_stat=False))
torch.save(net, "net.pth")                 # ...after training
per_layer = nets.Net()
nets.get_model_complexity_info(per_layer, torch.ones(1, 4))   # the default
torch.save(per_layer, "per_layer.pth")
other = nets.Net()
print("MACs of a copy:",
      nets.get_model_complexity_info(copy.deepcopy(other), torch.ones(1, 4)))
torch.save(other, "counted_on_a_copy.pth")
'''

folder, printed, nets = helper["trained"](NETS, TRAIN)
print(printed, end="")

net = nets.Net()
nets.get_model_complexity_info(net, torch.ones(1, 4))
built = dict(nets.Net().named_modules())
print("attached:", {name or "net": [k for k in vars(m) if k not in
                                    vars(built[name])]
                    for name, m in net.named_modules()})
try:
    torch.load(os.path.join(folder, "net.pth"))   # weights_only=True
except pickle.UnpicklingError as e:
    print("UnpicklingError: ...", helper["refused"](e)[1])
for name in ("net.pth", "per_layer.pth"):
    try:
        torch.load(os.path.join(folder, name), weights_only=False)
    except AttributeError as e:
        print(f"{name}: AttributeError:", e)

# Fix 1: count on a copy; the model you train and save is left as it was.
loaded = torch.load(os.path.join(folder, "counted_on_a_copy.pth"),
                    weights_only=False)
print("counted on a copy, loaded:", type(loaded).__name__)

# Fix 2: remove what the counter attached, from every module, before saving
# the whole model...
for m in net.modules():
    for name in ("start_flops_count", "stop_flops_count", "compute_flops",
                 "accumulate_params"):
        vars(m).pop(name, None)
path = os.path.join(folder, "cleaned.pth")
torch.save(net, path)
loaded = torch.load(path, weights_only=False)
print("cleaned, loaded:", type(loaded).__name__)

# ...or, better, save its state_dict, which holds no methods.
path = os.path.join(folder, "net_state.pth")
torch.save(net.state_dict(), path)
print("state_dict:", nets.Net().load_state_dict(torch.load(path)))

helper["forget"](folder)
