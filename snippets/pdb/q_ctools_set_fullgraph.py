# torch._dynamo.set_fullgraph is now error_on_graph_break. Inside a function
# compiled with fullgraph=True, error_on_graph_break(False) does nothing: the
# graph break in its block is an error. Compiled without fullgraph, and with
# error_on_graph_break(True) on the function, the block may break the graph:
# two graphs, counted by a backend that records each graph it receives.
import torch

print("set_fullgraph:", hasattr(torch._dynamo, "set_fullgraph"),
      "- error_on_graph_break:",
      hasattr(torch._dynamo, "error_on_graph_break"))

graphs = []


def counting(gm, example_inputs):
    graphs.append(gm)
    return gm.forward


def fn(x):  # the function, with the new name
    y = x + 10
    with torch._dynamo.error_on_graph_break(False):
        class Foo:  # a class statement: a graph break
            def __init__(self, x):
                self.x = x
    f = Foo(x)
    return f.x - y


def compile_and_call(function, **options):
    torch._dynamo.reset()
    graphs.clear()
    compiled = torch.compile(function, backend=counting, **options)
    try:
        result = compiled(torch.tensor([1.0]))
        print(f"  {result}, graphs: {len(graphs)}")
        for i, gm in enumerate(graphs):
            ops = [n.target.__name__ for n in gm.graph.nodes
                   if n.op == "call_function"]
            print(f"    graph {i}: {ops}")
        return result
    except torch._dynamo.exc.Unsupported as e:
        print(f"  {type(e).__name__}: {str(e).splitlines()[0]}")
    finally:
        torch._dynamo.reset()


print("fullgraph=True:")
compile_and_call(fn, fullgraph=True)
print("error_on_graph_break(True) on the function, no fullgraph:")
result = compile_and_call(torch._dynamo.error_on_graph_break(True)(fn))
assert len(graphs) == 2 and torch.equal(result, fn(torch.tensor([1.0])))


def fn_break_outside(x):  # the same break, outside the block
    y = x + 10

    class Foo:
        def __init__(self, x):
            self.x = x
    return Foo(x).x - y


print("the break outside the block, error_on_graph_break(True):")
compile_and_call(torch._dynamo.error_on_graph_break(True)(fn_break_outside))
