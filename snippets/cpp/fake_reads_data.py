# "The tensor has a non-zero number of elements, but its data is not
# allocated yet": a kernel asked for the memory of a fake tensor.
import torch
import torch._dynamo
import torch.onnx.operators
from torch._subclasses.fake_tensor import FakeTensorMode


def shape_of(x):
    return torch.onnx.operators.shape_as_tensor(x)   # torch._shape_as_tensor


def sum_and_max(x):
    return x.new_tensor([x.sum(), x.max()])          # copies values


def doubled(x):
    return torch.from_numpy(x.numpy() * 2)


x = torch.ones(2, 3)
mode = FakeTensorMode()
for fn in [shape_of, sum_and_max, doubled]:
    try:
        with mode:
            fn(mode.from_tensor(x))
    except RuntimeError as e:
        print(f"{fn.__name__}: {type(e).__name__}: "
              f"{str(e).splitlines()[0]}")
for key in ["CompositeImplicitAutograd", "Meta"]:
    print(f"aten::_shape_as_tensor has a {key} kernel:",
          torch._C._dispatch_has_kernel_for_dispatch_key(
              "aten::_shape_as_tensor", key))



def calls(graph):
    """The functions and methods a traced graph calls."""
    return [n.target if isinstance(n.target, str)
            else f"{n.target.__module__}.{n.target.__name__}"
            for n in graph.graph.nodes
            if n.op in ("call_function", "call_method")]


# torch.compile does not run these three as they are on fake tensors: Dynamo
# traces each its own way, and they give eager mode's results...
for fn in [shape_of, sum_and_max, doubled]:
    torch._dynamo.reset()
    graphs = torch._dynamo.explain(fn)(x).graphs
    print(f"{fn.__name__}: {len(graphs)} graph(s)", *map(calls, graphs))
    torch._dynamo.reset()
    out = torch.compile(fn, backend="eager")(x)
    assert torch.equal(out, fn(x))

# ...except shape_as_tensor with fullgraph=True, which gives a torch.Size
for fn in [shape_of, lambda x: torch.tensor(x.shape)]:
    torch._dynamo.reset()
    out = torch.compile(fn, backend="eager", fullgraph=True)(x)
    print("fullgraph=True:", type(out).__name__, out)
