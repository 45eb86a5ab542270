# Quantized models and "Could not run ... with arguments from the 'CPU' /
# 'QuantizedCPU' backend": a float tensor into a quantized op, a quantized
# tensor into a float op. A quantized tensor has its own dispatch key.
import warnings

import torch
import torch.ao.nn.quantized as nnq
import torch.ao.quantization as tq

warnings.filterwarnings("ignore", category=UserWarning)
warnings.filterwarnings("ignore", category=DeprecationWarning)
torch.manual_seed(0)
x = torch.randn(1, 2, 5, 5)
qx = torch.quantize_per_tensor(x, scale=0.05, zero_point=128,
                               dtype=torch.quint8)
print("keys of x:", torch._C._dispatch_keys(x))
print("keys of qx:", torch._C._dispatch_keys(qx))


def first_sentence(call):
    try:
        call()
    except NotImplementedError as e:
        return str(e).split(". ")[0] + "."


qconv = nnq.Conv2d(2, 2, 3)                 # a converted (quantized) layer
conv = torch.nn.Conv2d(2, 2, 3, bias=False)  # a float layer
print("quantized conv, float input:", first_sentence(lambda: qconv(x)))
print("float conv, quantized input:", first_sentence(lambda: conv(qx)))
print("x + x, both quantized:", first_sentence(lambda: qx + qx))
print("quantize_per_tensor, quantized input:", first_sentence(
    lambda: torch.quantize_per_tensor(qx, 0.05, 128, torch.quint8)))
try:
    torch.nn.PReLU()(qx)
except RuntimeError as e:
    print("float PReLU, quantized input: RuntimeError:", e)
print("quantized::conv2d.new has a kernel for",
      [k for k in ("CPU", "QuantizedCPU") if
       torch._C._dispatch_has_kernel_for_dispatch_key("quantized::conv2d.new",
                                                      k)])

# the fixes: quantize before a quantized op, dequantize before a float op,
# and quantized versions of the arithmetic (what QuantStub, DeQuantStub and
# FloatFunctional become in a converted model)
print("quantize, then quantized conv:", qconv(qx).dtype)
print("dequantize, then float conv:", conv(qx.dequantize()).dtype)
# quantize only what is not quantized yet (one QuantStub per float input)
once = qx if qx.is_quantized else torch.quantize_per_tensor(qx, 0.05, 128,
                                                            torch.quint8)
print("quantize only if not is_quantized:", once.dtype)


class Residual(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.quant = tq.QuantStub()
        self.skip_add = nnq.FloatFunctional()  # a submodule, made in __init__

    def forward(self, x):
        x = self.quant(x)
        return self.skip_add.add(x, x)         # not x + x


m = Residual().eval()
m.qconfig = tq.get_default_qconfig("x86")
tq.prepare(m, inplace=True)
m(torch.randn(1, 2, 5, 5))                     # calibrate
tq.convert(m, inplace=True)
print("converted skip_add:", type(m.skip_add).__name__, "| its add gives",
      m(torch.randn(1, 2, 5, 5)).dtype)
print("nnq.PReLU:", nnq.PReLU(output_scale=0.05, output_zero_point=128)(qx)
      .dtype)

# quantized::embedding_byte: its kernel is for CPU, and the indices must
# stay integers; a quantized index tensor sends the call to QuantizedCPU
emb = nnq.Embedding(10, 4)
ids = torch.tensor([1, 2])
print("embedding_byte has a kernel for",
      [k for k in ("CPU", "QuantizedCPU") if
       torch._C._dispatch_has_kernel_for_dispatch_key(
           "quantized::embedding_byte", k)])
print("integer ids:", emb(ids).dtype, "| quantized ids:", first_sentence(
    lambda: emb(torch.quantize_per_tensor(ids.float(), 1.0, 0,
                                          torch.quint8))))
