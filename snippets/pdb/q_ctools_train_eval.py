# Switching a compiled module between train() and eval(): a module with
# BatchNorm and Dropout, compiled once, called in train, eval, train, eval,
# train, eval. A counting backend counts the graphs compiled; the recompiles
# log (set_logs(recompiles=True), captured by redirecting sys.stderr around
# set_logs and the calls) gives the reasons, its prefix and torch's path cut;
# the cache of the compiled forward holds one entry per mode.
import contextlib
import io
import re

import torch
from torch._dynamo.eval_frame import _debug_get_cache_entry_list

torch.manual_seed(0)
graphs = 0


def counting(gm, example_inputs):
    global graphs
    graphs += 1
    return gm.forward


class Net(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = torch.nn.Linear(4, 4)
        self.bn = torch.nn.BatchNorm1d(4)
        self.drop = torch.nn.Dropout(0.5)

    def forward(self, x):
        return self.drop(self.bn(self.lin(x)))


torch._dynamo.reset()
model = Net()
compiled = torch.compile(model, backend=counting)
x = torch.randn(8, 4)
log = io.StringIO()
counts = []
try:
    with contextlib.redirect_stderr(log):
        torch._logging.set_logs(recompiles=True)
        for mode in ("train", "eval") * 3:
            getattr(model, mode)()  # model.train() / model.eval()
            out = compiled(x)
            counts.append((mode, graphs))
finally:
    torch._logging.set_logs()  # back to the default
for mode, count in counts:
    print(f"{mode:5}: graphs compiled so far: {count}")
assert torch.equal(out, model(x))  # eval mode: no dropout, same result
print("cache entries of Net.forward:",
      len(_debug_get_cache_entry_list(Net.forward.__code__)))
torch._dynamo.reset()

here = Net.forward.__code__.co_filename  # this file (in a notebook, the cell)
for line in log.getvalue().splitlines():
    text = re.sub(r"^[VIWE]\d+ [\d:.]+ \d+ \S+\] \[[\d/]+\] \[\w+\] ?", "",
                  line)
    text = text.replace(here, "snippets/pdb/q_ctools_train_eval.py")
    text = re.sub(r'[^\s"]*/(snippets/pdb/|torch/nn/)', r"\1", text)
    print(text.rstrip())
