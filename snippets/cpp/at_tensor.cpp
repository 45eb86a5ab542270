// Two C++ functions bound with pybind11: one takes an at::Tensor and returns
// it, one makes an at::Tensor in C++. pybind.h brings the type_caster that
// turns a torch.Tensor into the at::Tensor it holds, and back.
#include <ATen/ATen.h>
#include <torch/csrc/utils/pybind.h>

// the argument is the at::Tensor inside the Python tensor: no copy is made
at::Tensor same(const at::Tensor& t) { return t; }

// an at::Tensor made in C++, handed to Python as a torch.Tensor
at::Tensor make() { return at::arange(3, at::kFloat); }

PYBIND11_MODULE(TORCH_EXTENSION_NAME, m) {
  m.def("same", &same);
  m.def("make", &make);
}
