# A forward hook keeps a module's output; torch.autograd.grad of that tensor
# with respect to the model's input does not go through the module's full
# backward hook, because the module's caller gets another tensor.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 2), nn.ReLU(), nn.Linear(2, 1))
relu = model[1]
kept, calls = {}, []


def double(module, grad_input, grad_output):
    calls.append("full backward hook")
    return (2 * grad_input[0],)  # replaces the gradient for relu's input


def keep_output(module, args, output):
    kept["forward hook's output"] = output


def keep_next_input(module, args):
    kept["next module's input"] = args[0]


handles = [relu.register_full_backward_hook(double),
           relu.register_forward_hook(keep_output),
           model[2].register_forward_pre_hook(keep_next_input)]

x = torch.randn(4, 3, requires_grad=True)
model(x)
grads = {}
for name, act in kept.items():
    calls.clear()
    (grads[name],) = torch.autograd.grad(act.sum(), x, retain_graph=True)
    print(f"{name}: grad_fn {act.grad_fn.name()}, hooks run {calls}")
plain = grads["forward hook's output"]
assert torch.equal(grads["next module's input"], 2 * plain)

# Or no full backward hook: the forward hook puts a tensor hook on the
# input it receives, and every gradient that reaches that input runs it.
handles[0].remove()


def double_on_input(module, args, output):
    args[0].register_hook(lambda grad: 2 * grad)
    kept["forward hook's output"] = output


handles[1].remove()
handles[1] = relu.register_forward_hook(double_on_input)
model(x)
act = kept["forward hook's output"]
(grad,) = torch.autograd.grad(act.sum(), x)
print(f"tensor hook: grad_fn {act.grad_fn.name()}, "
      f"gradient doubled {torch.equal(grad, 2 * plain)}")
for handle in handles:
    handle.remove()
