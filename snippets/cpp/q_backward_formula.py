# From a grad_fn name to its formula in derivatives.yaml (the wheel ships a
# copy), and from the formula to the backward op that computes it.
import os
import re

import torch
import torch.nn.functional as F
import torchgen

path = os.path.join(os.path.dirname(torchgen.__file__), "packaged",
                    "autograd", "derivatives.yaml")
lines = open(path, encoding="utf-8").read().splitlines()
all_ops = set(torch._C._dispatch_get_all_op_names())


def entry_for(node_name):
    """The derivatives.yaml entry torchgen named this node after:
    '_softmax' -> SoftmaxBackward0, 'native_layer_norm' -> NativeLayer..."""
    wanted = re.sub(r"\d+$", "", node_name)
    for i, line in enumerate(lines):
        m = re.match(r"- name: (\w+)[.(]", line)
        if m and "".join(p.capitalize() for p in m[1].split("_")) \
                + "Backward" == wanted:
            end = next(j for j in range(i + 1, len(lines))
                       if not lines[j].startswith("  "))
            return lines[i:end]


torch.manual_seed(0)
x = torch.randn(1, 2, 4, 4, requires_grad=True)
w = torch.randn(3, 2, 3, 3, requires_grad=True)
for label, y in (("torch.relu(x)", torch.relu(x)),
                 ("F.softmax(x, -1)", F.softmax(x, -1)),
                 ("F.layer_norm(x, (4,))", F.layer_norm(x, (4,))),
                 ("F.conv2d(x, w)", F.conv2d(x, w))):
    node = y.grad_fn.name()
    entry = entry_for(node)
    print(f"{label} -> grad_fn {node}")
    print(f"  {entry[0][:74]}{'...' if len(entry[0]) > 74 else ''}")
    for formula in entry[1:]:
        if formula.strip().startswith(("self:", "input:", "input, weight")):
            text = formula.strip()
            print(f"  {text[:72]}{'...' if len(text) > 72 else ''}")
            called = [name.removesuffix("_symint") for name in
                      re.findall(r"(\w+)\(", text.split(":", 1)[1])
                      if name != "defined"][0]
            print(f"    calls {called}; an ATen op:",
                  f"aten::{called}" in all_ops,
                  "| in torch:", hasattr(torch, called))

# one entry per overload: add's two, and the node each one's grad_fn is
print("entries for add:", [m[1] for line in lines
                           if (m := re.match(r"- name: (add\.\w+)\(", line))])
print("grad_fn of aten.add.Tensor:",
      torch.ops.aten.add.Tensor(x, x).grad_fn.name(),
      "| of aten.add.Scalar:", torch.ops.aten.add.Scalar(x, 1).grad_fn.name())
# a node that no entry makes: the one that stores a leaf's gradient
leaf_node = torch.relu(x).grad_fn.next_functions[0][0]
short = leaf_node.name().rsplit("::", 1)[-1]
print(f"x's node: {leaf_node.name()}; {short} in derivatives.yaml:",
      any(short in line for line in lines))
