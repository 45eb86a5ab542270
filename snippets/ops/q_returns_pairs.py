# Which return types a schema takes: a list of tuples must be written in
# parentheses, ((Tensor, Tensor)[]), and two lists are the other way.
import logging
import torch

lib = torch.library.Library("qret", "FRAGMENT")
returns = ["(Tensor, Tensor)", "Tensor[]", "(Tensor[], Tensor[])",
           "(Tensor, Tensor)[]", "((Tensor, Tensor)[])"]
for i, ret in enumerate(returns):
    try:
        lib.define(f"pairs{i}(Tensor x) -> {ret}")
    except RuntimeError as e:
        print(f"{ret:22} {type(e).__name__}: {str(e).splitlines()[0]}")
        continue
    schema = getattr(torch.ops.qret, f"pairs{i}").default._schema
    types = [str(r.type) for r in schema.returns]
    print(f"{ret:22} {len(types)} return(s): {', '.join(types)}")

# A list of tuples, with a kernel and a fake that return one
lib.impl("pairs4", lambda x: [(x + 0, x + 1), (x + 2, x + 3)], "CPU")
torch.library.register_fake(
    "qret::pairs4", lambda x: [(torch.empty_like(x), torch.empty_like(x))
                               for _ in range(2)], lib=lib)
# Two lists: the firsts and the seconds
lib.impl("pairs2", lambda x: ([x + 0, x + 2], [x + 1, x + 3]), "CPU")
torch.library.register_fake(
    "qret::pairs2", lambda x: ([torch.empty_like(x) for _ in range(2)],
                               [torch.empty_like(x) for _ in range(2)]),
    lib=lib)

x = torch.zeros(1)
print("list of tuples:", torch.ops.qret.pairs4(x))
firsts, seconds = torch.ops.qret.pairs2(x)
print("two lists, zipped:", list(zip(firsts, seconds)))
compiled = torch.compile(lambda x: torch.ops.qret.pairs4(x)[1][0] * 2,
                         backend="aot_eager", fullgraph=True)
print("compiled:", compiled(x))
for op in (torch.ops.qret.pairs4.default, torch.ops.qret.pairs2.default):
    print(op, set(torch.library.opcheck(op, (x,)).values()))


# custom_op writes a schema only for the types its hints map to
def two_lists(x: torch.Tensor) -> tuple[list[torch.Tensor],
                                         list[torch.Tensor]]: ...
def list_of_pairs(x: torch.Tensor) -> list[tuple[torch.Tensor,
                                                 torch.Tensor]]: ...


log = logging.getLogger("torch._library.opaque_object")
level = log.level
log.setLevel(logging.ERROR)  # it warns about the tuple type on stderr
try:
    for f in (two_lists, list_of_pairs):
        try:
            print(f.__name__, torch.library.infer_schema(f, mutates_args=()))
        except ValueError as e:
            print(f.__name__, f"{type(e).__name__}: {str(e)[:76]}...")
finally:
    log.setLevel(level)
del lib
