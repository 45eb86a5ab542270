# torch.load(f, map_location=None, ...) takes the file first. torch.load(model,
# path) passes the model as the file: it is not a path, so torch treats it as
# an open file and checks that it can seek, which a module cannot.
# PromptForClassification is a small stand-in for OpenPrompt's class.
import os
import tempfile

import torch
from torch import nn


class PromptForClassification(nn.Module):
    def __init__(self):
        super().__init__()
        self.head = nn.Linear(4, 2)

    def forward(self, x):
        return self.head(x)


torch.manual_seed(0)
prompt_model = PromptForClassification()
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "model.pth")
    torch.save(prompt_model, path)   # the whole model, as the thread saved it
    try:
        model = torch.load(prompt_model, path)   # the model as the file
    except AttributeError as e:
        print("AttributeError:", e)
    for wrong in (None, prompt_model.state_dict()):   # the same check
        try:
            torch.load(wrong)
        except AttributeError as e:
            print("AttributeError:", str(e).split(". You")[0], "...")

    # The fix: the path first; a whole model needs weights_only=False (a file
    # you trust) and its class importable under the same name.
    model = torch.load(path, weights_only=False)
    print("loaded:", type(model).__name__)

    # Better: save the state_dict, and load it into a model built by the code.
    torch.save(prompt_model.state_dict(), path)
    fresh = PromptForClassification()
    print("state_dict:", fresh.load_state_dict(torch.load(path)))
x = torch.ones(1, 4)
assert torch.equal(model(x), prompt_model(x))
assert torch.equal(fresh(x), prompt_model(x))
