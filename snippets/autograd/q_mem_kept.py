# What keeps graphs (and the tensors they saved) alive in a loop: a
# count of the saved tensors still held after each step.
import weakref

import torch
from torch import nn
from torch.autograd.graph import saved_tensors_hooks

held = weakref.WeakSet()


class Saved:  # what a graph holds in place of each tensor it saves
    def __init__(self, t):
        self.t = t.detach()  # t itself would make a cycle with its node
        held.add(self)


def recording():
    return saved_tensors_hooks(Saved, lambda s: s.t)


torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 8), nn.Tanh(), nn.Linear(8, 1))
xs = torch.randn(5, 4, 8)


def loop(label, body):
    counts, state = [], {"kept": [], "total": 0.0}
    for x in xs:
        with recording():
            body(x, state)
        counts.append(len(held))
    print(f"{label:<43} saved tensors held: {counts}")
    del state



def plain(x, state):
    loss = model(x).pow(2).mean()
    loss.backward()  # frees what the graph saved
    state["loss"] = loss


def retain_each(x, state):  # a new graph each step, retained
    loss = model(x).pow(2).mean()
    loss.backward(retain_graph=True)
    state["loss"] = loss  # the previous step's graph loses its name


def keep_losses(x, state):
    loss = model(x).pow(2).mean()
    loss.backward(retain_graph=True)
    state["kept"].append(loss)  # every step's graph stays reachable


def sum_unbackwarded(x, state):  # a loss logged, never backwarded
    state["total"] = state["total"] + model(x).pow(2).mean()


def sum_item(x, state):
    state["total"] += model(x).pow(2).mean().item()


loop("backward(), loss replaced", plain)
loop("backward(retain_graph=True), loss replaced", retain_each)
loop("the same, losses kept in a list", keep_losses)
loop("total = total + loss (no backward)", sum_unbackwarded)
loop("total += loss.item()", sum_item)
