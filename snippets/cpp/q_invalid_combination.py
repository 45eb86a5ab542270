# "received an invalid combination of arguments": the generated binding
# tried each Python signature it was built with, one per ATen overload.
import torch
import torch.nn.functional as F

x = torch.ones(1, 1, 4, 4)
w = torch.ones(1, 1, 2, 2)
try:
    F.conv2d(x, w, None, 1.5)  # stride must be an int or tuple of ints
except TypeError as e:
    print("TypeError:", e)

# a size computed with / is a float even when it divides evenly
for shown, stride in (("4 / 2", 4 / 2), ("4 // 2", 4 // 2)):
    try:
        print(f"stride={shown} ({stride!r}):",
              F.conv2d(x, w, None, stride).shape)
    except TypeError as e:
        got = str(e).split(" - got ")[1].split(", but")[0]
        print(f"stride={shown} ({stride!r}): TypeError, got {got}")

print("the overloads of aten::conv2d behind those signatures:")
for name in torch.ops.aten.conv2d.overloads():
    print(f"  .{name:8}", getattr(torch.ops.aten.conv2d, name)._schema)
print("F.conv2d(x, w, None, 1).shape:", F.conv2d(x, w, None, 1).shape)
w3 = torch.ones(1, 1, 3, 3)
print("F.conv2d(x, w3, None, 1, 'same').shape:",
      F.conv2d(x, w3, None, 1, "same").shape)
