// A C++ program that uses LibTorch and crashes inside torch: a tensor made
// with from_blob over memory the program does not own (here a null pointer,
// as when the image buffer it wrapped is gone).
#include <ATen/ATen.h>
#include <cstdio>

float total(const float* data, int64_t n) {
  at::Tensor t = at::from_blob(const_cast<float*>(data), {n});
  return t.sum().item<float>();  // torch reads the n floats here
}

int main() {
  float values[4] = {1, 2, 3, 4};
  std::printf("total of values: %g\n", total(values, 4));
  std::fflush(stdout);
  const float* lost = nullptr;           // the bug: a buffer that is gone
  std::printf("total of lost: %g\n", total(lost, 4));
}
