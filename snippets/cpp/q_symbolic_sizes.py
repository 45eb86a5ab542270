# terminal: builds with ninja and c++, which a kernel may lack
# A C++ operator whose CompositeImplicitAutograd kernel calls x.sizes(),
# compiled with dynamic=True: what the trace does with the sizes it asks
# for, and the two fixes (sym_sizes(); a CPU kernel with register_fake).
import logging
import runpy

import torch

runpy.run_path("snippets/ops/extensions.py")["build"](
    "symbolic_sizes", "snippets/cpp/symbolic_sizes.cpp")
ops = torch.ops.symsizes
print("eager:", ops.top_half(torch.arange(8.).reshape(4, 2)).tolist())


def fake_top_half(x):  # the CPU kernel's shape, for the trace
    return x.new_empty(x.shape[0] // 2, *x.shape[1:])


torch.library.register_fake("symsizes::top_half_cpu", fake_top_half)


def run(op):
    """Compile op(x) + 1 with dynamic=True; call it on 6, 8 and 10 rows."""
    graphs = []

    def backend(gm, example_inputs):  # records each graph's inputs
        graphs.append([str(n.meta["example_value"]).split("(")[0] + (
            f"{list(n.meta['example_value'].shape)}"
            if isinstance(n.meta["example_value"], torch.Tensor) else "")
            for n in gm.graph.nodes if n.op == "placeholder"])
        return gm.forward

    torch._dynamo.reset()
    f = torch.compile(lambda x: op(x) + 1, backend=backend, dynamic=True,
                      fullgraph=True)
    for rows in (6, 8, 10):
        x = torch.randn(rows, 2)
        assert torch.equal(f(x), op(x) + 1)  # the eager result
    print(f"{op._qualified_op_name}: {len(graphs)} graph(s) for 3 sizes;"
          f" the first one's inputs: {', '.join(graphs[0])}")


run(ops.top_half)      # sizes() in a CompositeImplicitAutograd kernel
run(ops.top_half_sym)  # the fix: sym_sizes()
run(ops.top_half_cpu)  # the other fix: a CPU kernel, and register_fake

# A size marked dynamic on purpose: sizes() makes it a constant, an error
x = torch.randn(6, 2)
torch._dynamo.mark_dynamic(x, 0)
guards = logging.getLogger("torch._guards")
level = guards.level
guards.setLevel(logging.CRITICAL)  # it also logs the error, with a traceback
for op in (ops.top_half, ops.top_half_sym):
    torch._dynamo.reset()
    try:
        torch.compile(lambda x: op(x) + 1, backend="eager")(x)
        print(f"{op._qualified_op_name}, mark_dynamic: compiled")
    except Exception as e:
        print(f"{op._qualified_op_name}, mark_dynamic:",
              f"{type(e).__name__}: {e}".splitlines()[0])
        print("   ", str(e).splitlines()[1].strip()[:82], "...")
guards.setLevel(level)

# A size that depends on the data (the rows of nonzero) is a symbol with no
# value: sizes() cannot make it a number, and the trace fails
x = torch.tensor([[0., 2.], [3., 0.], [5., 6.]])
with torch._dynamo.config.patch(capture_dynamic_output_shape_ops=True):
    for op in (ops.top_half, ops.top_half_sym):
        torch._dynamo.reset()
        try:
            f = torch.compile(lambda x: op(x.nonzero()), backend="eager",
                              fullgraph=True)
            assert torch.equal(f(x), op(x.nonzero()))  # the eager result
            print(f"{op._qualified_op_name}(x.nonzero()): compiled")
        except Exception as e:
            print(f"{op._qualified_op_name}(x.nonzero()):",
                  f"{type(e).__name__}: {e}".splitlines()[0].split(" (")[0])
torch._dynamo.reset()
