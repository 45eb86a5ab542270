# An adjacency matrix computed from weights and then detached: the
# weights that made it get no gradient through it, only through any
# other path from them to the loss.
import torch

torch.manual_seed(0)
emb = torch.randn(4, 3)                        # node embeddings
w_adj = torch.randn(3, 3, requires_grad=True)  # makes the adjacency
w_gcn = torch.randn(3, 2, requires_grad=True)  # the layer's weight
x = torch.randn(4, 3)                          # node features


def run(detach, w_adj_elsewhere=False):
    w_adj.grad = w_gcn.grad = None
    adj = torch.softmax(emb @ w_adj @ emb.T, dim=1)
    if detach:
        adj = adj.detach()
    loss = (adj @ x @ w_gcn).pow(2).mean()
    if w_adj_elsewhere:  # e.g. a regulariser on the same weights
        loss = loss + 0.01 * w_adj.pow(2).sum()
    loss.backward()
    g = w_adj.grad
    return (f"w_gcn.grad set: {w_gcn.grad is not None!s:<5} w_adj.grad: "
            f"{None if g is None else round(g.norm().item(), 4)}")


print("adj                    ", run(False))
print("adj.detach()           ", run(True))
print("adj.detach() + reg(w)  ", run(True, True))
print("reg(w) alone gives     ", f"{(0.02 * w_adj).norm().item():.4f}")
