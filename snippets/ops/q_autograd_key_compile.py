# A Python kernel registered for aten::tanh on AutogradCPU runs in eager mode,
# but torch.compile fails: while tracing, it runs on fake tensors, which have
# no data.
import re
import warnings

import torch


def my_tanh(x):
    x.data_ptr()  # stands for any code that reads the tensor's memory
    return 2.0 * torch.sigmoid(2.0 * x) - 1.0


def f(x):
    return torch.tanh(x)


x = torch.ones(4)
for key in ("AutogradCPU", "Autograd"):
    lib = torch.library.Library("aten", "IMPL")
    with warnings.catch_warnings():
        # over torch's own Autograd kernel of tanh, it may warn once a process
        warnings.simplefilter("ignore")
        lib.impl("tanh", my_tanh, key)
    torch._dynamo.reset()
    print(f"{key}: eager", f(x))
    try:
        print(f"{key}: compiled", torch.compile(f, backend="aot_eager")(x))
    except Exception as e:
        # what the kernel raised
        cause = re.search(r'got (\w+)\("([^(]*)', str(e))
        print(f"{key}: compiled: {type(e).__name__},",
              f"from {cause[1]}: {cause[2].strip()}")
    del lib  # its registrations go with it: aten::tanh is torch's own again
print("after:", torch.tanh(x))
