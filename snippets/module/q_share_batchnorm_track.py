# track_running_stats set to False on a BatchNorm1d built with the default
# True. In training mode torch 2.13.0 no longer updates the buffers; in eval
# mode the layer still normalises with its running_mean and running_var,
# because they are not None. Built with track_running_stats=False, or with the
# buffers set to None as well, the layer uses the batch's statistics in both.
import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(8, 2) * 3 + 5  # mean about 5: far from the buffers' 0


def show(name, bn):
    bn.train()
    out_train = bn(x)
    mean = bn.running_mean
    if mean is not None:
        mean = [round(v, 3) for v in mean.tolist()]
    bn.eval()
    out_eval = bn(x)
    print(f"{name:36} running_mean after a train() call: {mean}")
    eval_mean = round(out_eval.mean().item(), 4) + 0.0  # no -0.0
    print(f"{'':36} eval() output mean: {eval_mean:7.4f}"
          f"  same as train(): {torch.allclose(out_eval, out_train)}")


show("default, track_running_stats=True", nn.BatchNorm1d(2))

bn = nn.BatchNorm1d(2)
bn.track_running_stats = False  # set after construction
show("attribute set to False afterwards", bn)
assert bn.running_mean.tolist() == [0.0, 0.0]
assert bn.num_batches_tracked.item() == 0

show("built with track_running_stats=False",
     nn.BatchNorm1d(2, track_running_stats=False))

bn = nn.BatchNorm1d(2)
bn.track_running_stats = False
bn.running_mean = bn.running_var = None  # None, and still buffers
bn.num_batches_tracked = None
show("attribute and buffers set to None", bn)
print("buffers left:", dict(bn.named_buffers()),
      " state_dict keys:", list(bn.state_dict()))
