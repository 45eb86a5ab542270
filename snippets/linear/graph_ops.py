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
