// The CPU part of a port from THC: THCCeilDiv (from THC/THCDeviceUtils.cuh)
// becomes at::ceil_div (ATen/ceil_div.h), and a check becomes TORCH_CHECK.
#include <ATen/ceil_div.h>
#include <c10/util/Exception.h>
#include <torch/library.h>

#include <cstdint>

namespace {

// How many blocks of `block` threads cover n elements, as a launch asks.
int64_t blocks(int64_t n, int64_t block) {
  TORCH_CHECK(block > 0, "block must be positive, got ", block);
  return at::ceil_div(n, block);
}

}  // namespace

TORCH_LIBRARY(thc_port, m) {
  m.def("blocks(int n, int block) -> int", &blocks);
}
