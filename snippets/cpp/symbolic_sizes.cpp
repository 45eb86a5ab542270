// One operator, "the first half of the rows", written three ways, and a
// flatten written two ways: with sizes()/numel(), which return plain
// integers, and with sym_sizes()/sym_numel(), which return c10::SymInt.
#include <ATen/ATen.h>
#include <torch/library.h>

namespace {

// sizes() is an IntArrayRef: int64_t values, which a fake tensor with
// symbolic sizes does not have
at::Tensor top_half(const at::Tensor& x) {
  return x.narrow(0, 0, x.sizes()[0] / 2).clone();
}

// sym_sizes() is a SymIntArrayRef: each size a c10::SymInt, a number on a
// real tensor and a symbol on a fake one; narrow_symint takes SymInts
at::Tensor top_half_sym(const at::Tensor& x) {
  return x.narrow_symint(0, 0, x.sym_sizes()[0] / 2).clone();
}

at::Tensor flat(const at::Tensor& x) { return x.reshape({x.numel()}); }

at::Tensor flat_sym(const at::Tensor& x) {
  return x.reshape_symint({x.sym_numel()});
}

}  // namespace

TORCH_LIBRARY(symsizes, m) {
  m.def("top_half(Tensor x) -> Tensor");
  m.def("top_half_sym(Tensor x) -> Tensor");
  m.def("top_half_cpu(Tensor x) -> Tensor");
  m.def("flat(Tensor x) -> Tensor");
  m.def("flat_sym(Tensor x) -> Tensor");
}

// CompositeImplicitAutograd: the kernel runs wherever the operator is
// called, on fake tensors too, and its own calls are what gets traced
TORCH_LIBRARY_IMPL(symsizes, CompositeImplicitAutograd, m) {
  m.impl("top_half", top_half);
  m.impl("top_half_sym", top_half_sym);
  m.impl("flat", flat);
  m.impl("flat_sym", flat_sym);
}

// CPU: the kernel runs only on real CPU tensors; a trace needs a fake
// implementation (register_fake in Python) for the operator's shape
TORCH_LIBRARY_IMPL(symsizes, CPU, m) {
  m.impl("top_half_cpu", top_half);
}
