// A plugin package's extension that, like many, names its namespace _C.
#include <ATen/core/Tensor.h>
#include <torch/library.h>

namespace {

at::Tensor plugin_op(const at::Tensor& x) { return x.add(1); }

}  // namespace

TORCH_LIBRARY(_C, m) {
  m.def("plugin_op(Tensor x) -> Tensor", plugin_op);
}
