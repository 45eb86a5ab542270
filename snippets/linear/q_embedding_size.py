# The last Linear of a Siamese network's head gives an embedding; the
# contrastive loss compares two embeddings by their distance, so any
# out_features works. A classifier's last Linear needs one output per class.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
feat1, feat2 = torch.randn(4, 500), torch.randn(4, 500)  # two images' features
different = torch.tensor([0.0, 1.0, 0.0, 1.0])           # 1: different people


def contrastive(out1, out2, label, margin=2.0):
    d = F.pairwise_distance(out1, out2)
    return ((1 - label) * d.pow(2)
            + label * torch.clamp(margin - d, min=0).pow(2)).mean()


for out_features in (2, 5, 128):
    head = nn.Linear(500, out_features)
    e1, e2 = head(feat1), head(feat2)
    loss = contrastive(e1, e2, different)
    print(f"Linear(500, {out_features:>3}): embedding {tuple(e1.shape)}, "
          f"loss shape {tuple(loss.shape)}, parameters "
          f"{sum(p.numel() for p in head.parameters())}")

# A classifier: out_features must be the number of classes.
classifier = nn.Linear(500, 5)
labels = torch.tensor([0, 3, 7, 1])                      # 8 classes
try:
    F.cross_entropy(classifier(feat1), labels)
except IndexError as e:
    print("Linear(500, 5) for 8 classes: IndexError:", e)
