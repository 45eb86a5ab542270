# Eager-mode static quantization of QuantStub -> Linear -> DeQuantStub:
# why the quantized Linear returns quint8, the int32 arithmetic inside it,
# what it costs before a softmax, and keeping the last layer in float.
import copy
import warnings

import torch
from torch import nn
import torch.ao.quantization as tq

engine = torch.backends.quantized.engine
print("engine:", engine, "| supported:",
      torch.backends.quantized.supported_engines)


class Net(nn.Module):
    def __init__(self, float_head=False):
        super().__init__()
        self.quant, self.dequant = tq.QuantStub(), tq.DeQuantStub()
        self.hidden, self.relu = nn.Linear(16, 32), nn.ReLU()
        self.head, self.float_head = nn.Linear(32, 10), float_head

    def forward(self, x):
        x = self.relu(self.hidden(self.quant(x)))
        if self.float_head:  # dequantize before the head, not after it
            return self.head(self.dequant(x))
        return self.dequant(self.head(x))


def quantize(model):
    model = copy.deepcopy(model).eval()
    model.qconfig = tq.get_default_qconfig(engine)
    if model.float_head:
        model.head.qconfig = None  # convert leaves this module in float
    prepared = tq.prepare(model)
    for _ in range(8):  # calibration: the observers record value ranges
        prepared(torch.randn(32, 16))
    quantized = tq.convert(prepared)  # a copy: `prepared` keeps its observers
    quantized.observed = prepared
    return quantized


torch.manual_seed(0)
net = Net().eval()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    qnet = quantize(net)
    x = torch.randn(4, 16)
    h = qnet.relu(qnet.hidden(qnet.quant(x)))
    out_q = qnet.head(h)
seen = sorted({(w.category.__name__, str(w.message).split(". ")[0].strip())
               for w in caught})
for category, first in seen:
    if "quantized tensor creation" not in first:  # C++ warns once a process
        print(f"{category}: {first}.")

kind = type(qnet.head)
print(f"{kind.__module__}.{kind.__name__} -> output dtype:", out_q.dtype)
print(f"its scale {qnet.head.scale:.6f}, zero_point {qnet.head.zero_point}"
      " (from the head's output observer)")
observer = qnet.observed.head.activation_post_process
scale, zero_point = observer.calculate_qparams()
assert out_q.q_scale() == qnet.head.scale == scale.item()
assert out_q.q_zero_point() == qnet.head.zero_point == zero_point.item()

# The arithmetic: uint8 activations and int8 weights, products summed in int32,
# then requantised to quint8 with the output's scale and zero point.
xi = h.int_repr().int() - h.q_zero_point()
wq = qnet.head.weight()
wi = wq.int_repr().int() - wq.q_per_channel_zero_points().int()[:, None]
acc = xi @ wi.T                       # int32 accumulator
print("accumulator dtype:", acc.dtype, "| range:", acc.min().item(),
      acc.max().item())
scales = h.q_scale() * wq.q_per_channel_scales()
real = acc * scales[None, :] + qnet.head.bias()
mine = torch.round(real / qnet.head.scale) + qnet.head.zero_point
mine = torch.clamp(mine, 0, 255)
diff = (mine - out_q.int_repr().float()).abs().max().item()
print("hand requantisation against the kernel's quint8 values: max diff", diff)
assert diff <= 1

with torch.no_grad():
    y_float, y_quant = net(x), qnet(x)
err = (y_quant - y_float).abs().max().item()
err_sm = (y_quant.softmax(-1) - y_float.softmax(-1)).abs().max().item()
print(f"logits: max |quantized - float| = {err:.4f}"
      f" (output scale {qnet.head.scale:.4f})")
print(f"softmax: max |quantized - float| = {err_sm:.4f}")
print("same argmax:", torch.equal(y_quant.argmax(-1), y_float.argmax(-1)))

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    net_fh = Net(float_head=True).eval()
    net_fh.load_state_dict(net.state_dict())
    qnet_fh = quantize(net_fh)
    with torch.no_grad():
        y_fh = qnet_fh(x)
print("float head:", f"{type(qnet_fh.hidden).__module__}.Linear", "then",
      f"{type(qnet_fh.head).__module__}.{type(qnet_fh.head).__name__}",
      "-> output dtype:", y_fh.dtype)
err_fh = (y_fh - y_float).abs().max().item()
err_fh_sm = (y_fh.softmax(-1) - y_float.softmax(-1)).abs().max().item()
print(f"float head: logits max |diff| = {err_fh:.4f},"
      f" softmax max |diff| = {err_fh_sm:.4f}")
