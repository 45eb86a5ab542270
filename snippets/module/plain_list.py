# "Why is a Python list of layers not trained?"
# --8<-- [start:bug]
import torch
from torch import nn


class Stack(nn.Module):
    def __init__(self, container):
        super().__init__()
        self.blocks = container([nn.Linear(2, 2), nn.Linear(2, 2)])
        self.head = nn.Linear(2, 1)

    def forward(self, x):
        for block in self.blocks:
            x = torch.relu(block(x))
        return self.head(x)


def train_one_step(model):
    block, head = model.blocks[0].weight, model.head.weight
    block_before, head_before = block.clone(), head.clone()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    model(torch.randn(8, 2)).pow(2).mean().backward()
    optimizer.step()
    print(f"  blocks[0].weight: has a grad {block.grad is not None}, "
          f"changed {not torch.equal(block, block_before)} | "
          f"head.weight: changed {not torch.equal(head, head_before)}")


torch.manual_seed(0)
plain = Stack(list)
print("list: parameters():", [n for n, _ in plain.named_parameters()])
print("list: 'blocks' in vars(model):", "blocks" in vars(plain))
train_one_step(plain)
# --8<-- [end:bug]

# --8<-- [start:fix]
torch.manual_seed(0)
fixed = Stack(nn.ModuleList)
print("ModuleList: parameters():", [n for n, _ in fixed.named_parameters()])
train_one_step(fixed)
print("ModuleList: .double() converts the blocks:",
      fixed.double().blocks[0].weight.dtype,
      "| the list version's blocks stay",
      plain.double().blocks[0].weight.dtype)
# --8<-- [end:fix]

# --8<-- [start:dict]
class Heads(nn.Module):
    def __init__(self, container):
        super().__init__()
        self.heads = container({"cls": nn.Linear(2, 3),
                                "box": nn.Linear(2, 4)})


print("dict:", [n for n, _ in Heads(dict).named_parameters()])
print("ModuleDict:", [n for n, _ in Heads(nn.ModuleDict).named_parameters()])
# --8<-- [end:dict]
