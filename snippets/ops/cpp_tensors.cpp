// Operators of "Questions: tensors in C++ code", namespace cppt: a
// std::vector<float> to a tensor and back, from_blob with and without a
// deleter, three ways to read an element, DCNv2's THFloatBlas_gemv and its
// port to at::addmv_, and a schema with a keyword-only argument.
// torch::tensor and torch::from_blob:
#include <torch/csrc/autograd/generated/variable_factories.h>
#include <torch/library.h>
#include <ATen/ops/addmv.h>
#include <ATen/ops/ones.h>

#include <cstdint>
#include <tuple>
#include <vector>

namespace {

std::vector<float> halves(int64_t n) {  // 0, 0.5, 1, ...
  std::vector<float> v(n);
  for (int64_t i = 0; i < n; ++i) v[i] = 0.5f * i;
  return v;
}

// std::vector<float> -> tensor, two ways; both copy, so both tensors stay
// valid after v is destroyed at the closing brace.
std::tuple<at::Tensor, at::Tensor> from_vector(int64_t n) {
  std::vector<float> v = halves(n);
  at::Tensor copied = torch::tensor(v);  // float32, n elements
  at::Tensor cloned = torch::from_blob(v.data(), {n}, at::kFloat).clone();
  return {copied, cloned};
}

// tensor -> std::vector<float>: contiguous() first (a no-op when it already
// is), then the range [p, p + numel). A schema's float[] is a list of
// doubles, so the vector is widened to be returned to Python.
std::vector<double> to_vector(const at::Tensor& t) {
  at::Tensor c = t.contiguous();
  const float* p = c.data_ptr<float>();  // checks that c is float32
  std::vector<float> v(p, p + c.numel());
  return std::vector<double>(v.begin(), v.end());
}

// from_blob neither copies nor owns: the tensor points into the vector;
// torch::tensor(v) and a clone have memory of their own.
std::tuple<bool, bool, bool, double, double, double> blob_shares(int64_t n) {
  std::vector<float> v = halves(n);
  at::Tensor view = torch::from_blob(v.data(), {n}, at::kFloat);
  at::Tensor owned = view.clone();
  at::Tensor copied = torch::tensor(v);
  auto at_v = [&](const at::Tensor& t) { return t.data_ptr() == v.data(); };
  bool shares[] = {at_v(view), at_v(owned), at_v(copied)};
  v[0] = 42.0f;  // a write into the vector
  return {shares[0], shares[1], shares[2], view[0].item<double>(),
          owned[0].item<double>(), copied[0].item<double>()};
}  // v is freed here: `view` would now point at freed memory

// The vector moved to the heap, and a deleter that frees it when the
// tensor's storage is freed: no copy, and nothing dangles.
int64_t deleted = 0;
at::Tensor blob_with_deleter(int64_t n) {
  auto* v = new std::vector<float>(halves(n));
  return torch::from_blob(
      v->data(), {n},
      [v](void*) { delete v; ++deleted; }, at::kFloat);
}
int64_t deleter_calls() { return deleted; }

// Three ways to read t[i][j] as a C++ float, summed over a 2-D tensor.
double sum_items(const at::Tensor& t) {  // one select, select, item each
  double s = 0;
  for (int64_t i = 0; i < t.size(0); ++i)
    for (int64_t j = 0; j < t.size(1); ++j) s += t[i][j].item<float>();
  return s;
}
double sum_accessor(const at::Tensor& t) {  // checks dtype and dim once
  auto a = t.accessor<float, 2>();
  double s = 0;
  for (int64_t i = 0; i < a.size(0); ++i)
    for (int64_t j = 0; j < a.size(1); ++j) s += a[i][j];
  return s;
}
double sum_strides(const at::Tensor& t) {  // the raw pointer and strides
  const float* p = t.data_ptr<float>();
  double s = 0;
  for (int64_t i = 0; i < t.size(0); ++i)
    for (int64_t j = 0; j < t.size(1); ++j)
      s += p[i * t.stride(0) + j * t.stride(1)];
  return s;
}

// BLAS gemv with trans 't', as THFloatBlas_gemv(trans, m, n, alpha, a, lda,
// x, incx, beta, y, incy) computed it (incx = incy = 1): a is m x n,
// column-major, and y = alpha * a^T x + beta * y.
void gemv_t(int64_t m, int64_t n, float alpha, const float* a, int64_t lda,
            const float* x, float beta, float* y) {
  for (int64_t j = 0; j < n; ++j) {
    float s = 0;
    for (int64_t i = 0; i < m; ++i) s += a[i + j * lda] * x[i];
    y[j] = alpha * s + beta * y[j];
  }
}

// DCNv2's bias gradient: grad_bias += sum of grad_output_n over H and W.
std::tuple<at::Tensor, at::Tensor> bias_grad(const at::Tensor& grad_output_n,
                                             const at::Tensor& grad_bias) {
  at::Tensor g = grad_output_n.contiguous();
  int64_t m_ = g.size(0), k_ = g.size(1) * g.size(2);
  at::Tensor ones = at::ones({k_}, g.options());
  // was: THFloatBlas_gemv('t', k_, m_, 1.0f, grad_output_n.data<float>(),
  //        k_, ones.data<float>(), 1, 1.0f, grad_bias.data<float>(), 1);
  at::Tensor old = grad_bias.clone();
  gemv_t(k_, m_, 1.0f, g.data_ptr<float>(), k_, ones.data_ptr<float>(), 1.0f,
         old.data_ptr<float>());
  // now: grad_bias += g viewed as [m_, k_] times ones
  at::Tensor ported = grad_bias.clone();
  at::addmv_(ported, g.view({m_, k_}), ones);
  return {old, ported};
}

at::Tensor f(const at::Tensor& x, bool ha) { return ha ? x.add(1) : x.sub(1); }

}  // namespace

TORCH_LIBRARY(cppt, m) {
  m.def("from_vector(int n) -> (Tensor, Tensor)", from_vector);
  m.def("to_vector(Tensor t) -> float[]", to_vector);
  m.def("blob_shares(int n) -> (bool, bool, bool, float, float, float)",
        blob_shares);
  m.def("blob_with_deleter(int n) -> Tensor", blob_with_deleter);
  m.def("deleter_calls() -> int", deleter_calls);
  m.def("sum_items(Tensor t) -> float", sum_items);
  m.def("sum_accessor(Tensor t) -> float", sum_accessor);
  m.def("sum_strides(Tensor t) -> float", sum_strides);
  m.def("bias_grad(Tensor grad_output_n, Tensor grad_bias)"
        " -> (Tensor, Tensor)", bias_grad);
  m.def("f(Tensor x, *, bool ha=True) -> Tensor", f);  // pytorch#56522's
}
