# Which detach() calls in a FreeLB-style adversarial loop are needed: the
# perturbation delta is pushed along its gradient, normalised, and added to
# the word embeddings again at each ascent step.
import warnings

import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
emb, head = nn.Embedding(10, 4), nn.Linear(4, 2)
ids, y = torch.tensor([[1, 2, 3]]), torch.tensor([1])


def loss_of(embeds):
    return F.cross_entropy(head(embeds.mean(1)), y)


def ascent(detach_update=True, recompute=True, detach_init=False, steps=3,
           show=False):
    emb.zero_grad()
    embeds_init = emb(ids)
    if detach_init:
        embeds_init = embeds_init.detach()
    delta = torch.zeros_like(embeds_init).requires_grad_()
    for step in range(steps):
        loss = loss_of(embeds_init + delta) / steps
        loss.backward()  # into delta.grad, and into emb and head (adding up)
        if step == 0 and show:
            g = delta.grad
            print(f"  delta.grad: requires_grad={g.requires_grad}, "
                  f"grad_fn={g.grad_fn}; its norm's grad_fn="
                  f"{g.norm().grad_fn}")
        grad = delta.grad.clone()  # FreeLB: delta.grad.clone().detach()
        delta = delta + 0.1 * grad / grad.norm()
        if detach_update:
            delta = delta.detach().requires_grad_()
        if recompute:  # the backward freed the embedding's graph
            embeds_init = emb(ids)
            if detach_init:
                embeds_init = embeds_init.detach()
    return emb.weight.grad


for name, kwargs in [("as FreeLB writes it", {"show": True}),
                     ("without detaching the update",
                      {"detach_update": False}),
                     ("reusing embeds_init", {"recompute": False}),
                     ("with embeds_init detached", {"detach_init": True})]:
    print(name + ":")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            g = ascent(**kwargs)
            rows = None if g is None else g.abs().sum(1).nonzero().flatten()
            print("  embedding rows with a gradient:",
                  None if rows is None else rows.tolist())
        except (AttributeError, RuntimeError) as e:
            print(f"  {type(e).__name__}: {str(e).split('. ')[0]}")
    for w in caught:
        print("  UserWarning:", str(w.message).split(". ")[0])
