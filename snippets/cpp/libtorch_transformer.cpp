// libtorch's TransformerEncoderLayer, whose options have no batch_first,
// norm_first or layer_norm_eps, beside two ways around that: transpose a
// (batch, seq, feature) input to (seq, batch, feature) and back, or run a
// TorchScript module saved from Python with the options set there.
#include <torch/script.h>
#include <torch/torch.h>
#include <iomanip>
#include <iostream>
#include <map>

namespace nn = torch::nn;

int main(int argc, char** argv) {
  torch::NoGradGuard no_grad;
  // the input the Python script makes too: batch 2, seq 3, feature 8
  auto x = torch::linspace(-1, 1, 48).reshape({2, 3, 8});

  // argv[1]: a layer with batch_first=True, scripted in Python
  auto python_post = torch::jit::load(argv[1]);
  python_post.eval();
  std::map<std::string, torch::Tensor> saved;
  for (const auto& p : python_post.named_parameters()) saved[p.name] = p.value;

  auto options = nn::TransformerEncoderLayerOptions(8, 2)
                     .dim_feedforward(16)
                     .dropout(0.0);
  nn::TransformerEncoderLayer layer(options);
  layer->eval();
  for (auto& p : layer->named_parameters())    // Python's names, one by one
    p.value().copy_(saved.at(p.key()));
  std::cout << "parameters copied by name: "
            << layer->named_parameters().size() << " of " << saved.size()
            << "\n";

  auto seq_first = layer(x.transpose(0, 1)).transpose(0, 1);
  auto scripted = python_post.forward({x}).toTensor();
  std::cout << std::boolalpha
            << "C++ layer on x.transpose(0, 1), transposed back: "
            << seq_first.sizes() << "\n  allclose to the scripted batch_first"
            << " layer's output: " << torch::allclose(seq_first, scripted)
            << "\n";

  // argv[2]: batch_first=True, norm_first=True, layer_norm_eps=1e-6
  auto python_pre = torch::jit::load(argv[2]);
  python_pre.eval();
  auto out = python_pre.forward({x}).toTensor();
  std::cout << "scripted norm_first layer run in C++: " << out.sizes()
            << "\nvalues:" << std::setprecision(9);
  auto y = out.flatten();
  for (int64_t i = 0; i < y.numel(); ++i)
    std::cout << " " << y[i].item<float>();
  std::cout << "\n";
}
