# "add(): argument 'other' (position 1) must be Tensor, not tuple": a loss
# function that returns (loss, extra) used as if it returned the loss. The
# generated binding's argument parser takes no tuple where a Tensor goes.
import torch

torch.manual_seed(0)
pred = torch.randn(4, requires_grad=True)


def mle_loss(debug=False):
    loss = pred.pow(2).mean()
    if debug:                                  # a history for debugging
        return loss, {"pred": pred.detach().tolist()}
    return loss


align_loss = pred.abs().mean()
out = mle_loss(debug=True)
print("mle_loss(debug=True) is a", type(out).__name__, "of", len(out))
calls = {
    "align_loss.add(out)": lambda: align_loss.add(out),
    "torch.add(align_loss, out)": lambda: torch.add(align_loss, out),
    "align_loss.add((1.0, 2.0))": lambda: align_loss.add((1.0, 2.0)),
    "align_loss + out": lambda: align_loss + out,
    "out + align_loss": lambda: out + align_loss,
}
for shown, call in calls.items():
    try:
        call()
    except TypeError as e:
        print(f"{shown}\n  {type(e).__name__}: {e}")
# the + operator turns the parser's TypeError into NotImplemented
print("align_loss.__add__(out):", align_loss.__add__(out))

# the fix: unpack the tuple, and add the tensor it holds
loss, history = mle_loss(debug=True)
total = loss + align_loss
total.backward()
assert isinstance(total, torch.Tensor) and pred.grad is not None
print("loss, history = mle_loss(debug=True); loss + align_loss:",
      round(total.item(), 4), "| backward ok:", pred.grad is not None)
