# F.linear (addmm: the bias first, then BLAS adds the product onto it)
# against x @ W.T + b (the product rounded, then the bias added).
import torch
import torch.nn.functional as F

config = torch.__config__.show()
print("this build:", next(word for word in config.split()
                          if word.startswith("BLAS_INFO=")).rstrip(","))
threads = torch.get_num_threads()
torch.set_num_threads(1)  # the same thread count on every machine
torch.manual_seed(0)
for n, n_in, n_out in [(4, 32, 8), (64, 4096, 64)]:
    x, W = torch.randn(n, n_in), torch.randn(n_out, n_in)
    b = torch.randn(n_out)
    fused, unfused = F.linear(x, W, b), x @ W.T + b
    print(f"x ({n}, {n_in}), W ({n_out}, {n_in}): equal "
          f"{torch.equal(fused, unfused)!s:5}  allclose(atol=1e-4) "
          f"{torch.allclose(fused, unfused, atol=1e-4)}")
torch.set_num_threads(threads)  # as it was
