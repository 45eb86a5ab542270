// A C++ program with no Python in it: it loads the libraries of operators
// named after the package (argv[2], ...), then runs the AOTInductor package
// argv[1] on a tensor of ones and prints the result, or the error's first
// line.
#include <dlfcn.h>

#include <iostream>
#include <string>
#include <vector>

#include <ATen/ATen.h>
#include <torch/csrc/inductor/aoti_package/model_package_loader.h>

int main(int argc, char** argv) {
  for (int i = 2; i < argc; ++i) {
    // what torch.ops.load_library does in Python: its TORCH_LIBRARY blocks
    // register the operators as the library is loaded
    if (dlopen(argv[i], RTLD_NOW | RTLD_GLOBAL) == nullptr) {
      std::cout << "dlopen: " << dlerror() << "\n";
      return 2;
    }
  }
  try {
    torch::inductor::AOTIModelPackageLoader loader(argv[1]);
    std::vector<at::Tensor> out = loader.run({at::ones({3})});
    for (int64_t i = 0; i < out[0].numel(); ++i) {
      std::cout << out[0][i].item<float>() << " ";
    }
    std::cout << "\n";
  } catch (const std::exception& e) {
    std::string message = e.what();
    std::cout << "error: " << message.substr(0, message.find('\n')) << "\n";
    return 1;
  }
  return 0;
}
