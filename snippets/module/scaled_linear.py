# The stand-in layer that the loader and get_model_state_dict scripts share:
# a Linear that keeps its `scale` as extra state, outside its parameters and
# buffers, as FP8 layers keep their scaling data.
import torch
from torch import nn


class ScaledLinear(nn.Linear):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.scale = torch.ones(1)                    # a plain attribute

    def get_extra_state(self):
        return {"scale": self.scale.clone()}

    def set_extra_state(self, state):
        self.scale = state["scale"].clone()


def build():
    return nn.Sequential(ScaledLinear(2, 2), nn.ReLU(), ScaledLinear(2, 1))
