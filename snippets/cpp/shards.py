# Why the dump names files such as VariableType_5.cpp: the generator spreads
# its output over several files and picks an operator's file by a hash of its
# name (torchgen is PyTorch's build tool; these are its internals).
import re

import torch
import torchgen.gen
from torchgen.packaged.autograd import gen_variable_type
from torchgen.utils import string_stable_hash


def setting(module, pattern):
    """A number the generator's source sets, found by a regex."""
    source = open(module.__file__, encoding="utf-8").read()
    return int(re.search(pattern, source, flags=re.S)[1])


shards = {
    "VariableType": setting(gen_variable_type,
                            r'"VariableType\.cpp",.*?num_shards=(\d+)'),
    "RegisterCPU": setting(torchgen.gen, r"num_shards=(\d+) if dispatch_key "
                                         r"== DispatchKey\.CPU"),
}
for stem, op in (("VariableType", "linear"), ("VariableType", "addmm"),
                 ("RegisterCPU", "addmm")):
    n = shards[stem]
    predicted = f"{stem}_{string_stable_hash(op) % n}.cpp"
    table = torch._C._dispatch_dump_table(f"aten::{op}")
    print(f"aten::{op:7} {stem}_(hash % {n}) = {predicted:19}"
          f"in its table: {predicted in table}")
