# Float addition is not associative: the same terms, added in another order,
# can round to another float32.
import torch


def add_in_order(terms):
    total = torch.tensor(0.0)  # float32, like the terms
    for t in terms:
        total = total + t  # one rounding per addition
    return total


torch.manual_seed(0)
products = (torch.rand(64) * 2 - 1) * (torch.rand(64) * 2 - 1)
forwards = add_in_order(products)
backwards = add_in_order(products.flip(0))
print(f"front to back: {forwards.item():.9g}")
print(f"back to front: {backwards.item():.9g}")
print("equal:", torch.equal(forwards, backwards),
      " allclose:", torch.allclose(forwards, backwards))

# Rounding errors scale with the terms, not with the result: when the
# terms cancel, a result near 0 is no longer "close" by rtol alone.
terms = torch.cat([products, -forwards.reshape(1)])  # sums to about 0
forwards, backwards = add_in_order(terms), add_in_order(terms.flip(0))
print(f"cancelling sum: {forwards.item():.9g} vs {backwards.item():.9g}")
print("allclose:", torch.allclose(forwards, backwards),
      " with atol=1e-6:", torch.allclose(forwards, backwards, atol=1e-6))

# allclose's defaults, from its signature, and its rule checked in code.
print(torch.allclose.__doc__.strip().splitlines()[0])
a, b = forwards, backwards
assert torch.allclose(a, b) == bool((a - b).abs() <= 1e-8 + 1e-5 * b.abs())
