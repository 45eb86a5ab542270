# The report's function: torch.zeros given a tensor from split_with_sizes,
# with split sizes read from a tensor by .tolist(). What torch 2.13.0 does
# with it eagerly and compiled, and the call that means "zeros of its shape".
import torch


def f(sz, x):
    s0, s1 = sz.tolist()
    r0, r1 = torch.ops.aten.split_with_sizes.default(x, [s0, s1])
    return torch.zeros(r0)


def fixed(sz, x):
    s0, s1 = sz.tolist()
    r0, r1 = torch.ops.aten.split_with_sizes.default(x, [s0, s1])
    return torch.zeros(r0.shape)  # or torch.zeros_like(r0)


N, S0 = 7312, 420
sz, x = torch.tensor([S0, N - S0]), torch.randn(N)


def run(title, fn):
    torch._dynamo.reset()
    try:
        print(f"{title}: shape {list(fn(sz, x).shape)}")
    except Exception as e:
        lines = str(e).splitlines()
        print(f"{title}: {type(e).__name__}: {lines[0]}")
        for line in lines:
            if "not FakeTensor" in line:  # the fake run's own error
                print("   ", line.split(": ", 2)[-1])


run("eager", f)
run("compiled", torch.compile(f, backend="eager"))
run("compiled, fullgraph=True", torch.compile(f, backend="eager",
                                               fullgraph=True))
r0 = torch.ops.aten.split_with_sizes.default(x, [S0, N - S0])[0]
assert r0.shape == (S0,) and r0.dtype == torch.float32  # what f passes
print("r0 is a tensor of", r0.numel(), "floats; torch.zeros wants sizes")
for size in (torch.tensor([3]), torch.tensor([2, 3]),  # a tensor as a size
             torch.tensor([], dtype=torch.long), torch.tensor([3.])):
    run(f"torch.zeros({size})", lambda sz, x: torch.zeros(size))
with torch._dynamo.config.patch(capture_scalar_outputs=True):
    run("compiled, capture_scalar_outputs, fullgraph=True",
        torch.compile(f, backend="eager", fullgraph=True))
    run("fixed, eager", fixed)
    run("fixed, compiled, fullgraph=True",
        torch.compile(fixed, backend="eager", fullgraph=True))
torch._dynamo.reset()
