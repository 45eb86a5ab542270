// An extension written for torch.utils.ffi, ported to cpp_extension. Its C
// function was
//   int my_lib_add_forward(THFloatTensor *input1, THFloatTensor *input2,
//                          THFloatTensor *output);
// filling `output` and returning 0 on an error. The port takes and returns
// at::Tensor, works for every dtype and device the tensor ops support, and
// reports an error with TORCH_CHECK (a RuntimeError in Python).
#include <ATen/core/Tensor.h>
#include <c10/util/Exception.h>
#include <torch/library.h>

namespace {

at::Tensor add_forward(const at::Tensor& input1, const at::Tensor& input2) {
  TORCH_CHECK(input1.sizes() == input2.sizes(),
              "add_forward: the inputs differ in size, ", input1.sizes(),
              " and ", input2.sizes());
  return input1.add(input2);
}

}  // namespace

TORCH_LIBRARY(ffi_port, m) {
  m.def("add_forward(Tensor input1, Tensor input2) -> Tensor", add_forward);
}
