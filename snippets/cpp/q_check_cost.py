# terminal: builds with ninja and c++, which a kernel may lack
# A failing TORCH_CHECK throws a c10::Error, and making one collects the C++
# stack: as a way to choose a fallback, it costs far more than a test.
import runpy
import time

import torch

runpy.run_path("snippets/ops/extensions.py")["build"](
    "check_cost", "snippets/cpp/check_cost.cpp", extra_cflags=("-O2",))
ops = torch.ops.check_cost

message = ops.one_error()
print("what() starts:", message.splitlines()[0])
where = message.splitlines()[1].split(" (")[0]
print("and then:", where.split(" at ")[0], "at", where.rsplit("/", 1)[1])
print("stack frames in it:", sum(f.startswith("frame #")
                                  for f in message.splitlines()) > 0)

n = 2000
timings = {}
for name in ("by_exception", "by_std_exception", "by_test"):
    best = float("inf")
    for _ in range(5):  # the fastest of five: a busy machine slows some runs
        start = time.perf_counter()
        assert getattr(ops, name)(n) == n  # every call fell back
        best = min(best, time.perf_counter() - start)
    timings[name] = best
exception, std_exception, test = timings.values()
assert exception > 3 * std_exception and std_exception > 10 * test, timings
print("caught TORCH_CHECK > 3 x a plain C++ exception > 10 x the test")
