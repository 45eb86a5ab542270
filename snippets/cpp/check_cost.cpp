// A fallback decided by a failing TORCH_CHECK, and the same decision made by
// testing the condition: each returns how many of n calls fell back.
#include <c10/util/Exception.h>
#include <torch/library.h>

#include <cstdint>
#include <stdexcept>
#include <string>

namespace {

bool fast_path(int64_t i) {  // fails on every call, as a check can
  TORCH_CHECK(i < 0, "fast path unsupported for ", i);
  return true;
}

int64_t by_exception(int64_t n) {
  int64_t fallbacks = 0;
  for (int64_t i = 0; i < n; ++i) {
    try {
      fast_path(i);
    } catch (const c10::Error&) {
      ++fallbacks;  // the slow path would run here
    }
  }
  return fallbacks;
}

// The same loop with a plain C++ exception, which collects no stack.
int64_t by_std_exception(int64_t n) {
  int64_t fallbacks = 0;
  for (int64_t i = 0; i < n; ++i) {
    try {
      if (!(i < 0)) throw std::runtime_error("fast path unsupported");
    } catch (const std::runtime_error&) {
      ++fallbacks;
    }
  }
  return fallbacks;
}

bool fast_path_supported(int64_t i) { return i < 0; }

int64_t by_test(int64_t n) {
  int64_t fallbacks = 0;
  for (int64_t i = 0; i < n; ++i) {
    if (!fast_path_supported(i)) ++fallbacks;
  }
  return fallbacks;
}

// What one failed check carries: the message, and a C++ stack trace.
std::string one_error() {
  try {
    fast_path(1);
  } catch (const c10::Error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TORCH_LIBRARY(check_cost, m) {
  m.def("by_exception(int n) -> int", by_exception);
  m.def("by_std_exception(int n) -> int", by_std_exception);
  m.def("by_test(int n) -> int", by_test);
  m.def("one_error() -> str", one_error);
}
