# Is a device's nn.Linear result wrong, or only rounded differently?
# Compare it with a float64 product of the same numbers on the CPU.
import torch
from torch import nn


def check(layer, x, device):
    """Largest error of layer(x) on `device`, against a float64 CPU sum."""
    ref = nn.functional.linear(
        x.double(), layer.weight.double(),
        None if layer.bias is None else layer.bias.double())
    with torch.no_grad():
        got = layer.to(device)(x.to(device)).cpu()
    layer.to("cpu")
    err = (got.double() - ref).abs().max().item()
    scale = ref.abs().max().item()
    return err, err / scale


torch.manual_seed(0)
for lin, x in [(nn.Linear(1, 1, bias=False), torch.ones(1, 1)),
               (nn.Linear(512, 64), torch.randn(32, 512))]:
    err, rel = check(lin, x, "cpu")
    # The last digits change with how the CPU library splits the sum, so
    # the error is shown against a bound, not digit by digit.
    print(f"{lin}: cpu max error {'0' if err == 0 else 'above 0'}, "
          f"relative below 2e-6: {rel < 2e-6}")
    assert rel < 1e-5  # float32 rounding; a wrong product is off by O(1)

