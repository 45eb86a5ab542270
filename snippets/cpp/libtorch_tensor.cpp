// torch::Tensor and at::Tensor are one class; torch::ones and at::ones are
// two functions: the C++ frontend's factory honours requires_grad, ATen's
// does not look at it.
#include <torch/types.h>
#include <iostream>
#include <type_traits>

void show_grad(const at::Tensor& t) {
  std::cout << "  after backward, its grad:";
  for (int64_t i = 0; i < t.numel(); ++i)
    std::cout << " " << t.grad()[i].item<float>();
  std::cout << "\n";
}

int main() {
  std::cout << std::boolalpha << "same class: "
            << std::is_same_v<torch::Tensor, at::Tensor> << "\n";
  auto options = torch::requires_grad();  // a TensorOptions

  torch::Tensor t = torch::ones({3}, options);
  std::cout << "torch::ones({3}, torch::requires_grad()).requires_grad(): "
            << t.requires_grad() << "\n";
  (t * 2).sum().backward();
  show_grad(t);

  at::Tensor a = at::ones({3}, options);
  std::cout << "at::ones({3}, torch::requires_grad()).requires_grad(): "
            << a.requires_grad() << "\n";
  a.requires_grad_();                     // ask the tensor itself
  (a * 2).sum().backward();
  std::cout << "a.requires_grad_(), then:\n";
  show_grad(a);
}
