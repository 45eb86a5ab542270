# --8<-- [start:pointers]
# Where a tensor's memory is: its TensorImpl holds a c10::Storage (member
# storage_) and an offset into it (storage_offset_, in elements); the
# Storage points to a StorageImpl, which owns the memory (data_ptr_).
import os

import torch

x = torch.arange(10, dtype=torch.float32)
y = x[2:]                                   # a view: x's storage, offset 2
s = y.untyped_storage()                     # in C++: y.storage()
same = s.data_ptr() == x.untyped_storage().data_ptr()
assert same
print("x[2:] uses x's storage:", same,
      "| storage bytes:", s.nbytes(), "| y's bytes:", y.nbytes)
print("y.storage_offset():", y.storage_offset(), "elements of",
      y.element_size(), "bytes")
delta = y.data_ptr() - s.data_ptr()
assert delta == y.storage_offset() * y.element_size()
print("y.data_ptr() - y.untyped_storage().data_ptr():", delta, "bytes")
# --8<-- [end:pointers]
# --8<-- [start:members]
# the members, in the C++ headers the installed torch ships
include = os.path.join(os.path.dirname(torch.__file__), "include")
wanted = {
    "c10/core/TensorImpl.h": ["Storage storage_;",
                              "int64_t storage_offset_ = 0;",
                              "return data + data_type_.itemsize() * "
                              "storage_offset_;",
                              "return get_data() + storage_offset_;"],
    "ATen/core/TensorBase.h": ["const Storage& storage() const {",
                               "return impl_->storage();"],
    "c10/core/Storage.h": ["const void* data() const {",
                           "return storage_impl_->data();",
                           "c10::intrusive_ptr<StorageImpl> storage_impl_;"],
    "c10/core/StorageImpl.h": ["DataPtr data_ptr_;", "SymInt size_bytes_;"],
}
for path, texts in wanted.items():
    with open(os.path.join(include, path)) as f:
        lines = f.read().splitlines()
    print("// torch/include/" + path)
    for text in texts:
        n = [line.strip() for line in lines].index(text)
        print(f"{n + 1:6}  {lines[n].rstrip()}")
# --8<-- [end:members]
