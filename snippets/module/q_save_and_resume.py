# Saving a model the usual way: its state_dict, loaded into a model built by
# the same code; and a training checkpoint that resumes where it stopped.
import tempfile
from pathlib import Path

import torch
from torch import nn


def make_model():
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))


torch.manual_seed(0)
model = make_model()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
x, y = torch.randn(16, 4), torch.randn(16, 2)


def train_step(model, optimizer):
    optimizer.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    optimizer.step()
    return loss.item()


for epoch in range(3):
    train_step(model, optimizer)

with tempfile.TemporaryDirectory() as folder:
    # For inference: the weights only.
    torch.save(model.state_dict(), Path(folder) / "model.pt")
    # To resume training: the optimizer's state and the epoch too.
    torch.save({"epoch": epoch, "model": model.state_dict(),
                "optimizer": optimizer.state_dict()},
               Path(folder) / "checkpoint.pt")

    # Inference elsewhere: build the model, load, eval mode, no graph.
    served = make_model()
    served.load_state_dict(torch.load(Path(folder) / "model.pt",
                                      map_location="cpu"))
    served.eval()
    with torch.no_grad():
        assert torch.equal(served(x), model(x))
    print("inference model loaded: same outputs")

    # Resuming: build the model and the optimizer as before, load both.
    resumed = make_model()
    resumed_optimizer = torch.optim.Adam(resumed.parameters(), lr=1e-2)
    checkpoint = torch.load(Path(folder) / "checkpoint.pt")
    resumed.load_state_dict(checkpoint["model"])
    resumed_optimizer.load_state_dict(checkpoint["optimizer"])
    start = checkpoint["epoch"] + 1
    # The same weights with a fresh optimizer, for comparison.
    restarted = make_model()
    restarted.load_state_dict(checkpoint["model"])
    fresh_optimizer = torch.optim.Adam(restarted.parameters(), lr=1e-2)

# The resumed run takes the same next step as the run that went on; a fresh
# Adam, without the saved averages, takes another.
for m, opt in ((model, optimizer), (resumed, resumed_optimizer),
               (restarted, fresh_optimizer)):
    train_step(m, opt)
print("next epoch:", start,
      "| same weights after the step, resumed:",
      torch.equal(resumed[0].weight, model[0].weight),
      "| fresh optimizer:", torch.equal(restarted[0].weight, model[0].weight))
