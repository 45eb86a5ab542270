# A gradient reversal layer (DANN): identity in the forward pass, the
# gradient times -alpha in the backward pass. The domain head learns as
# usual; the feature extractor below it gets the reversed gradient.
import torch
from torch import nn


class GradReverse(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, alpha):
        ctx.alpha = alpha  # a float: no gradient is needed for it
        return x.view_as(x)

    @staticmethod
    def backward(ctx, grad_output):
        return -ctx.alpha * grad_output, None  # one per forward input


torch.manual_seed(0)
features, domain_head = nn.Linear(4, 3), nn.Linear(3, 1)
x = torch.randn(8, 4)


def grads(reverse=False, hook=False):
    features.zero_grad()
    domain_head.zero_grad()
    f = features(x)
    if reverse:
        f = GradReverse.apply(f, 0.5)
    if hook:  # the same with a tensor hook that rewrites the gradient
        f.register_hook(lambda g: -0.5 * g)
    domain_head(f).pow(2).mean().backward()
    return features.weight.grad.clone(), domain_head.weight.grad.clone()


(feat_plain, head_plain), (feat_rev, head_rev) = grads(), grads(reverse=True)
print("domain head, same gradient:", torch.equal(head_plain, head_rev))
print("features, gradient times -0.5:",
      torch.allclose(feat_rev, -0.5 * feat_plain))
assert torch.equal(head_plain, head_rev)
assert torch.allclose(feat_rev, -0.5 * feat_plain)
print("a tensor hook instead, same gradients:",
      torch.equal(grads(hook=True)[0], feat_rev))


# Returning x itself from forward instead of x.view_as(x): the backward
# still runs, and the gradient is reversed as well.
class ReturnsInput(GradReverse):
    @staticmethod
    def forward(ctx, x, alpha):
        ctx.alpha = alpha
        return x


f = features(x)
print("forward returns x, backward ran:", torch.allclose(torch.autograd.grad(
    domain_head(ReturnsInput.apply(f, 0.5)).pow(2).mean(), features.weight)[0],
    feat_rev))


# A backward method on an nn.Module is never called: autograd does not
# know it, and the gradient goes through unchanged.
class ModuleGRL(nn.Module):
    def forward(self, x):
        return x

    def backward(self, grad):
        return -0.5 * grad


f = features(x)
g = torch.autograd.grad(domain_head(ModuleGRL()(f)).pow(2).mean(),
                        features.weight)[0]
print("nn.Module with a backward method, gradient unchanged:",
      torch.equal(g, feat_plain))
