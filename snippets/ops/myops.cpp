// myops::scaled_add(x, y, alpha) = x + alpha * y, defined and given a CPU
// kernel in C++. Two headers: the Tensor class and the registration macros
// (not <torch/extension.h>, which also brings pybind11 and Python's headers,
// and takes longer to compile).
#include <ATen/core/Tensor.h>
#include <torch/library.h>

namespace {

at::Tensor scaled_add_cpu(const at::Tensor& x, const at::Tensor& y,
                          double alpha) {
  TORCH_CHECK(x.sizes() == y.sizes(),
              "myops::scaled_add: x and y must have the same shape, got ",
              x.sizes(), " and ", y.sizes());
  // an ATen call: it goes through the dispatcher again, as aten::add
  return x.add(y, alpha);
}

}  // namespace

// The schema: the operator's name in namespace myops, its arguments and what
// it returns.
TORCH_LIBRARY(myops, m) {
  m.def("scaled_add(Tensor x, Tensor y, float alpha) -> Tensor");
}

// A kernel for one dispatch key: CPU. No other key gets one here.
TORCH_LIBRARY_IMPL(myops, CPU, m) {
  m.impl("scaled_add", scaled_add_cpu);
}
