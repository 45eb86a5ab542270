# What torch's FlopCounterMode counts for nn.Linear(10, 10) on a batch of 32,
# against a counter that, like mmcv's, divides its total by the batch size.
import torch
from torch import nn
from torch.utils.flop_counter import FlopCounterMode


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(10, 10)

    def forward(self, x):
        return self.linear(x)


torch.manual_seed(0)
model, x = Net(), torch.randn(32, 10)

with FlopCounterMode(display=False) as counter:
    model(x)
total = counter.get_total_flops()
print("FlopCounterMode, whole call:", total, "FLOPs")
for module, ops in sorted(counter.get_flop_counts().items()):
    print(f"  {module:10}", {str(op): c for op, c in ops.items()})
assert total == 2 * 32 * 10 * 10          # 2 FLOPs per multiply-add, batch in


# A stand-in for a per-sample counter: a forward hook adds the Linear's
# multiply-adds for the input it sees (batch included), another hook counts
# the samples, and the report divides one by the other.
class PerSampleCounter:
    def __init__(self, model):
        self.macs = self.samples = 0
        model.linear.register_forward_hook(self.count_linear)
        model.register_forward_hook(self.count_batch)

    def count_linear(self, module, inputs, output):
        self.macs += inputs[0].numel() * output.shape[-1]

    def count_batch(self, module, inputs, output):
        self.samples += len(inputs[0])

    def report(self):
        return self.macs / self.samples


model2 = Net()
counter2 = PerSampleCounter(model2)
model2(x)
print("\nper-sample counter reports:", counter2.report(), "multiply-adds "
      f"(it summed {counter2.macs} over {counter2.samples} samples)")
assert counter2.report() == 10 * 10

# The fix: multiply the per-sample figure by the batch, and by 2 for FLOPs.
batch_macs = counter2.report() * x.shape[0]
print("times the batch of 32:", batch_macs, "multiply-adds =",
      2 * batch_macs, "FLOPs")
assert 2 * batch_macs == total

# With a (batch, tokens, features) input the tokens stay in the per-sample
# figure: only the first dimension is divided out.
model3, tokens = Net(), torch.randn(32, 7, 10)
counter3 = PerSampleCounter(model3)
with FlopCounterMode(display=False) as counter:
    model3(tokens)
print("\ninput (32, 7, 10): per-sample counter", counter3.report(),
      "| FlopCounterMode", counter.get_total_flops(),
      {str(op): c for op, c in counter.get_flop_counts()["Global"].items()})
assert counter3.report() == 7 * 10 * 10
assert counter.get_total_flops() == 2 * 32 * 7 * 10 * 10

# mmcv's get_model_complexity_info(model, (32, 10)) runs a batch of one of
# that shape, (1, 32, 10): the 32 rows fall inside one sample.
model4 = Net()
counter4 = PerSampleCounter(model4)
model4(x.unsqueeze(0))
print("input (1, 32, 10): per-sample counter", counter4.report())
assert counter4.report() == 32 * 10 * 10
