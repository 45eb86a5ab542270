# from_blob wraps memory it neither copies nor owns: the tensor's data_ptr is
# the std::vector's, and a write into the vector shows in the tensor; a clone
# or torch::tensor(v) has memory of its own. A deleter passed to from_blob
# makes the tensor free the memory itself (snippets/ops/cpp_tensors.cpp).
import runpy

import torch

helpers = runpy.run_path("snippets/ops/extensions.py")
helpers["build"]("cpp_tensors", "snippets/ops/cpp_tensors.cpp")
ops = torch.ops.cppt

same, clone_same, copy_same, *first = ops.blob_shares(4)
print("data_ptr() == v.data(): from_blob", same, "| its clone", clone_same,
      "| torch::tensor(v)", copy_same)
print("[0] after v[0] = 42 in C++: from_blob", first[0], "| its clone",
      first[1], "| torch::tensor(v)", first[2])
assert same and not clone_same and not copy_same and first == [42, 0, 0]

# The vector moved to the heap; the deleter frees it with the tensor
before = ops.deleter_calls()
t = ops.blob_with_deleter(3)
print("\nblob_with_deleter(3):", t)
print("deleter calls while t lives:", ops.deleter_calls() - before)
del t  # the last reference: the storage goes, and calls the deleter
print("deleter calls after del t:  ", ops.deleter_calls() - before)
assert ops.deleter_calls() - before == 1
