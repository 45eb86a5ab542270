// An operator defined with TORCH_LIBRARY_FRAGMENT and m.def only (a catch-all
// kernel, no TORCH_LIBRARY_IMPL), and one plain C function beside it.
#include <ATen/core/Tensor.h>
#include <ATen/core/dispatch/Dispatcher.h>
#include <torch/library.h>

namespace {

at::Tensor twice(const at::Tensor& x) { return x.add(x); }

}  // namespace

TORCH_LIBRARY_FRAGMENT(ffi_demo, m) {
  m.def("twice(Tensor x) -> Tensor", twice);
}

// extern "C": exported under this very name, which any loader can look up.
// It finds the operator the way C++ code does: by name, in the dispatcher.
extern "C" int ffi_demo_has_twice() {
  return c10::Dispatcher::singleton()
      .findSchema({"ffi_demo::twice", ""})
      .has_value();
}
