# children() and modules(), and their named_ versions: one level or every
# level, the model itself or not, and a module registered twice seen once.
from torch import nn

shared = nn.ReLU()
model = nn.Sequential(
    nn.Linear(2, 3),
    nn.Sequential(nn.Linear(3, 3), shared),
    shared,                                  # the same ReLU again
)

print("named_children():", [name for name, _ in model.named_children()])
print("named_modules(): ", [name for name, _ in model.named_modules()])
print("named_modules(remove_duplicate=False):",
      [name for name, _ in model.named_modules(remove_duplicate=False)])
print("len(children()):", len(list(model.children())),
      "| len(modules()):", len(list(model.modules())))

# parameters() recurses like modules(); recurse=False gives a module's own.
print("parameters:", len(list(model.parameters())),
      "| the model's own (recurse=False):",
      len(list(model.parameters(recurse=False))))

# Every Linear at any depth: walk modules(), not children().
print("Linears by children():",
      sum(isinstance(m, nn.Linear) for m in model.children()),
      "| by modules():",
      sum(isinstance(m, nn.Linear) for m in model.modules()))
