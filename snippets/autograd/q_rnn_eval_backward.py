# Backward through an LSTM in eval mode (gradients of the input for an
# attack or a saliency map): on a GPU, cuDNN refuses it; the fixes.
import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(3, 4, num_layers=2, batch_first=True)  # dropout=0
x = torch.randn(2, 5, 3, requires_grad=True)

lstm.eval()  # the module passes self.training on to the kernel
out_eval, _ = lstm(x)
out_eval.sum().backward()  # CPU kernel: allowed in eval mode
g_eval = x.grad.clone()

# Fix 1: train mode for the LSTM only; with dropout=0 it computes the
# same output and gradient, and cuDNN's backward accepts it.
lstm.train()
x.grad = None
out_train, _ = lstm(x)
out_train.sum().backward()
assert torch.equal(out_eval, out_train) and torch.allclose(x.grad, g_eval)
print("eval and train mode, dropout=0: same output and gradient")

# Fix 2: keep eval mode and run the LSTM without cuDNN for this pass.
lstm.eval()
x.grad = None
with torch.backends.cudnn.flags(enabled=False):
    out, _ = lstm(x)
out.sum().backward()
print("eval mode, cudnn.flags(enabled=False): same gradient",
      torch.allclose(x.grad, g_eval))
