# The ATen op behind a node: autograd names each node after the op it
# differentiates. _unsafe_view keeps the memory, as view does, but its
# result is not marked as a view of its input.
import torch

t = torch.rand(4, 3, requires_grad=True)
print(f"{'aten op':21} {'grad_fn':22} {'same memory':12} marked as a view")
for op, args in [("view", ((12,),)), ("_reshape_alias", ((12,), (1,))),
                 ("expand", ((2, 4, 3),)), ("_unsafe_view", ((12,),)),
                 ("clone", ())]:
    out = getattr(torch.ops.aten, op)(t, *args)
    print(f"aten.{op:16} {out.grad_fn.name():22} "
          f"{out.data_ptr() == t.data_ptr()!s:12} {out._is_view()}")

# reshape itself, as matmul calls it on a 3-D input: a view when one fits
# the strides, else a copy (clone) that it returns through _unsafe_view.
s = torch.rand(5, 4, 6, requires_grad=True)
for name, x in [("transposed", s.transpose(1, 2)), ("sliced", s[..., :3])]:
    out = x.reshape(-1, x.shape[-1])
    below = out.grad_fn.next_functions[0][0].name()
    print(f"{name:10} reshape: {out.grad_fn.name()} <- {below}, "
          f"same memory: {out.data_ptr() == s.data_ptr()}")
