# A Python kernel registered for aten::tanh on AutogradCPU runs in eager mode,
# but torch.compile fails: while tracing, it runs on fake tensors, which have
# no data. The kernel records the type of each tensor it is called with.
import re
import warnings

import torch


calls = []


def my_tanh(x):
    calls.append(type(x).__name__)
    x.data_ptr()  # stands for any code that reads the tensor's memory
    return 2.0 * torch.sigmoid(2.0 * x) - 1.0


def f(x):
    return torch.tanh(x)


def autograd_cpu_entry():
    # the AutogradCPU line of the dispatch table, without directory and line
    table = torch._C._dispatch_dump_table("aten::tanh")
    line = next(l for l in table.splitlines() if l.startswith("AutogradCPU:"))
    return re.sub(r"registered at \S*/([^/:]+):\d+", r"registered at \1", line)


x = torch.ones(4)
for key in ("AutogradCPU", "Autograd"):
    lib = torch.library.Library("aten", "IMPL")
    with warnings.catch_warnings():
        # over torch's own Autograd kernel of tanh, it may warn once a process
        warnings.simplefilter("ignore")
        lib.impl("tanh", my_tanh, key)
    torch._dynamo.reset()
    calls.clear()
    print(f"{key}: eager", f(x), "kernel called with", calls)
    calls.clear()
    try:
        out = torch.compile(f, backend="aot_eager")(x)
        print(f"{key}: compiled", out, "kernel called with", calls)
    except Exception as e:
        # what the kernel raised
        cause = re.search(r'got (\w+)\("([^(]*)', str(e))
        print(f"{key}: compiled: {type(e).__name__},",
              f"from {cause[1]}: {cause[2].strip()};",
              "kernel called with", calls)
    del lib  # its registrations go with it: aten::tanh is torch's own again
print("after:", autograd_cpu_entry())
