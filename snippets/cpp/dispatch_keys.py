# Where dispatch starts: the tensor's dispatch keys, changed by this thread's
# include and exclude sets (torch._C._dispatch_*: private, unstable helpers).
import os
import warnings

import torch

C = torch._C
header = os.path.join(os.path.dirname(torch.__file__), "include", "ATen",
                      "core", "dispatch", "DispatchKeyExtractor.h")
lines = open(header, encoding="utf-8").read().splitlines()
number = next(i for i, line in enumerate(lines, start=1)
              if "local.included_) - local.excluded_)" in line)
print(f"# torch/include/ATen/core/dispatch/DispatchKeyExtractor.h, "
      f"line {number}")
print(lines[number - 1].strip())

x = torch.randn(4, 3)
print("keys of x:       ", C._dispatch_keys(x))
print("included (TLS):  ", C._dispatch_tls_local_include_set())
print("AutocastCPU excluded (TLS):",
      C._dispatch_tls_is_dispatch_key_excluded(C.DispatchKey.AutocastCPU))


def first_key():
    """The highest-priority key of (keys | included) - excluded."""
    keys = ((C._dispatch_keys(x) | C._dispatch_tls_local_include_set())
            - C._dispatch_tls_local_exclude_set())
    return keys.highestPriorityTypeId().name


print("a call on x starts at:", first_key())
with torch.autocast("cpu"):
    print("under torch.autocast('cpu'):", first_key(), "| F.linear returns",
          torch.nn.functional.linear(x, torch.randn(2, 3)).dtype)
with torch.no_grad():
    print("under torch.no_grad():", first_key())


def walk(op="aten::linear"):
    """The keys in priority order, down to the first that is not a
    fallthrough for op (key_mask skips those), with their entries."""
    table = dict(line.split(": ", 1)
                 for line in C._dispatch_dump_table(op).splitlines())
    keys = ((C._dispatch_keys(x) | C._dispatch_tls_local_include_set())
            - C._dispatch_tls_local_exclude_set())
    steps = []
    while keys.highestPriorityTypeId() != C.DispatchKey.Undefined:
        key = keys.highestPriorityTypeId()
        entry = table[key.name]
        label = "fallthrough" if entry.startswith("fallthrough") else (
            entry.rsplit("[", 1)[1].rstrip("]"))
        steps.append(f"{key.name} ({label})")
        if label != "fallthrough":
            return ", ".join(steps)
        keys = keys.remove(key)


with torch.inference_mode():
    print("under torch.inference_mode():", first_key(), "(before key_mask)")
    print("  aten::linear's entries from there:", walk())

# the other rows of the dump: keys a transform adds to the include set
seen = {}
usual = C._dispatch_tls_local_include_set()


def probe(name):
    def fn(t):
        seen[name] = C._dispatch_tls_local_include_set() - usual
        return t * 2
    return fn


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.jit.trace(probe("torch.jit.trace"), torch.randn(2),
                    check_trace=False)
torch.func.vmap(probe("torch.func.vmap"))(torch.randn(3, 2))
for name, included in seen.items():
    print(f"{name} adds: {included}")
for warning in caught:
    print(f"torch.jit.trace warns: {warning.category.__name__}: "
          f"{warning.message}")

# where the gradient comes from: the node recorded by addmm's autograd kernel
w = torch.randn(2, 3, requires_grad=True)
print("grad_fn of F.linear(x, w, b):",
      torch.nn.functional.linear(x, w, torch.zeros(2)).grad_fn.name())
