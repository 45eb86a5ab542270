# Meta-SR: main.py's default model is META (meta.py), whose forward takes
# (input, scale=2) and computes int(scale * h); the wrapper calls the model
# as self.model(x, pos_mat) in training (and in testing without --chop or
# --self_ensemble), so scale is the position matrix, a tensor of many
# elements. A stand-in of each piece, the forwards' signatures the same.
import math

import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)


def upsampling(x, scale=2):              # meta.py's upsampling, its start
    h, w = x.size()[2:]
    hr_h, hr_w = int(scale * h), int(scale * w)
    return F.interpolate(x, [hr_h, hr_w], mode="bilinear")


class Meta(nn.Module):                   # meta.py: forward(input, scale=2)
    def forward(self, input, scale=2):
        return upsampling(input, scale)


class MetaRDN(nn.Module):                # metardn.py: forward(x, pos_mat)
    scale = 1.5                          # set by set_scale in the repository

    def forward(self, x, pos_mat):       # one row of pos_mat an output pixel
        r = math.ceil(self.scale)
        out = x.repeat_interleave(r, 2).repeat_interleave(r, 3)
        assert pos_mat.size(1) == out.size(2) * out.size(3)
        return out


class Model(nn.Module):                  # model/__init__.py's wrapper
    def __init__(self, net):
        super().__init__()
        self.model = net

    def forward(self, x, idx_scale, pos_mat):
        return self.model(x, pos_mat)


lr = torch.rand(1, 3, 8, 8)
pos_mat = torch.rand(1, 16 * 16, 3)      # trainer.py's input_matrix_wpn
print("pos_mat:", tuple(pos_mat.shape), "->", pos_mat.numel(), "elements")
try:
    Model(Meta())(lr, 0, pos_mat)
except ValueError as e:
    print(f"--model META (the default): {type(e).__name__}: {e}")

# the fix: the model the README's commands name, --model metardn
sr = Model(MetaRDN())(lr, 0, pos_mat)
print("--model metardn:", tuple(sr.shape))

# meta.py itself runs when its scale is a number
sr = Meta()(lr, 1.5)
assert sr.shape[2:] == (12, 12)
print("Meta()(lr, 1.5):", tuple(sr.shape))
