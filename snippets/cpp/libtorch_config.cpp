// A libtorch program that reads a setting into a tensor operation. A setting
// missing from the configuration reads as 0, and torch's TORCH_CHECK for the
// operation throws a c10::Error: uncaught, it ends the program; caught, its
// message says which check failed.
#include <ATen/ATen.h>
#include <iostream>
#include <map>
#include <string>

using Config = std::map<std::string, int64_t>;

at::Tensor iteration_marks(Config& config) {
  // a std::map's operator[] inserts 0 for a key that is not there
  int64_t step = config["sdf_iter_step"];
  return at::arange(0, config["iterations"], step);
}

int main(int argc, char** argv) {
  std::string mode = argc > 1 ? argv[1] : "uncaught";
  Config config{{"iterations", 20}};         // sdf_iter_step is missing
  if (mode == "configured") config["sdf_iter_step"] = 5;

  if (mode != "caught") {                     // no try: std::terminate
    std::cout << "marks: " << iteration_marks(config).sizes() << std::endl;
    return 0;
  }
  try {
    iteration_marks(config);
  } catch (const c10::Error& e) {
    std::cout << "caught c10::Error: " << e.what_without_backtrace() << "\n";
    std::string full = e.what();  // the message, where it was raised, frames
    auto from = full.find("Exception raised from");
    std::cout << full.substr(from, full.find('\n', from) - from) << "\n";
    return 1;
  }
  return 0;
}
