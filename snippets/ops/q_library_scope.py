# A Library made inside a function: its registrations last as long as the
# object does.
import torch


def register():
    lib = torch.library.Library("scopedemo", "FRAGMENT")
    lib.define("twice(Tensor x) -> Tensor")
    lib.impl("twice", lambda x: 2 * x, "CPU")
    print("inside the function:", torch.ops.scopedemo.twice(torch.ones(2)))


register()  # returns: nothing refers to lib any more
try:
    torch.ops.scopedemo.twice(torch.ones(2))
except (AttributeError, RuntimeError, NotImplementedError) as e:
    print(f"after it returned: {type(e).__name__}: {str(e).splitlines()[0]}")

# The fix: keep the Library alive as long as the operator is used, at module
# level or returned and stored.
LIBRARIES = []


def register_kept():
    lib = torch.library.Library("keptdemo", "FRAGMENT")
    lib.define("twice(Tensor x) -> Tensor")
    lib.impl("twice", lambda x: 2 * x, "CPU")
    LIBRARIES.append(lib)


register_kept()
print("kept:", torch.ops.keptdemo.twice(torch.ones(2)))


# custom_op keeps its Library in a module-level dict of torch: an operator it
# defines inside a function stays registered.
def register_custom_op():
    @torch.library.custom_op("opdemo::twice", mutates_args=())
    def twice(x: torch.Tensor) -> torch.Tensor:
        return 2 * x


register_custom_op()
print("custom_op after the function returned:",
      torch.ops.opdemo.twice(torch.ones(2)))
