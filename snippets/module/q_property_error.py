# An AttributeError raised inside a property of a Module is reported as if
# the property itself did not exist.
from torch import nn


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 8)

    @property
    def width(self):
        return self.fc.out_feature  # typo: Linear has `out_features`


enc = Encoder()
try:
    enc.width
except AttributeError as e:
    print("AttributeError:", e)
    print("its __context__ (the original error):", e.__context__)
print("hasattr(enc, 'width'):", hasattr(enc, "width"))

# What happens: Python calls Module.__getattr__("width") when the property
# raises AttributeError, and Module.__getattr__ finds no parameter, buffer
# or child named "width", so it raises its own error about "width".
print("the property is there:", type(Encoder.__dict__["width"]).__name__)
try:
    Encoder.width.fget(enc)  # call the getter directly: the real error
except AttributeError as e:
    print("fget -> AttributeError:", e)


# A fix that keeps the message: turn it into another exception type.
class Fixed(Encoder):
    @property
    def width(self):
        try:
            return self.fc.out_feature
        except AttributeError as e:
            raise RuntimeError(f"in Fixed.width: {e}") from e


try:
    Fixed().width
except RuntimeError as e:
    print("RuntimeError:", e)
