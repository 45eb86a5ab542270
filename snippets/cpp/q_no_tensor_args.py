# "There were no tensor arguments to this function": the dispatcher takes
# the dispatch key from the tensor arguments; a call with none (an operator
# without Tensor parameters, or an empty Tensor[] list) has no key.
import torch

lib = torch.library.Library("nokey", "DEF")
lib.define("make(int n) -> Tensor")          # no Tensor parameter at all
lib.impl("make", lambda n: torch.zeros(n), "CPU")
lib.define("stack2(Tensor[] xs) -> Tensor")  # a list, possibly empty
lib.impl("stack2", lambda xs: torch.stack(xs), "CPU")

for call, run in (("nokey::make(3)", lambda: torch.ops.nokey.make(3)),
                  ("nokey::stack2([])", lambda: torch.ops.nokey.stack2([]))):
    try:
        run()
    except NotImplementedError as e:
        print(f"{call}: NotImplementedError: {str(e).split('  ')[0]}")
        message = str(e)

# the message goes on with the keys that have a kernel or a fallback: CPU's
# is the kernel registered above, Meta's a fallback nobody registered here
keys = message.split("Available functions are [")[1].split("]")[0].split(", ")
print(f"the message lists {len(keys)} keys:", ", ".join(keys[:3]), "...")
for line in message.splitlines():
    if line.startswith(("CPU:", "Meta:")):
        print(" ", line.split(":")[0] + ":", line[line.rindex("["):])

print("with one tensor in the list:", torch.ops.nokey.stack2([torch.ones(2)]))

# the operator writer's fix: a kernel that serves every key, the key-less
# call included (CompositeExplicitAutograd fills the Undefined entry)
lib.impl("make", lambda n: torch.zeros(n), "CompositeExplicitAutograd")
print("Undefined entry:", [line[line.index("["):] for line in
      torch._C._dispatch_dump_table("nokey::make").splitlines()
      if line.startswith("Undefined")], "| nokey::make(3):",
      torch.ops.nokey.make(3))

# ATen's factory functions take the key from device= (a BackendSelect
# kernel), and ATen's list operators check for an empty list first
print("aten::empty has a BackendSelect kernel:",
      torch._C._dispatch_has_kernel_for_dispatch_key(
          "aten::empty.memory_format", "BackendSelect"))
try:
    torch.cat([])
except ValueError as e:
    print("torch.cat([]): ValueError:", e)
