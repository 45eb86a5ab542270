# F.grid_sample with its input of one Tensor subclass and its grid of another:
# every __torch_function__ returns NotImplemented, and torch raises TypeError.
# Then three ways out, each checked.
import torch
import torch.nn.functional as F


class Image(torch.Tensor):     # no handler of its own: Tensor's default one
    pass


class Grid(torch.Tensor):
    pass


torch.manual_seed(0)
image = torch.rand(1, 1, 4, 4).as_subclass(Image)
grid = (torch.rand(1, 2, 2, 2) * 2 - 1).as_subclass(Grid)
expected = F.grid_sample(image.as_subclass(torch.Tensor),
                         grid.as_subclass(torch.Tensor), align_corners=False)

try:
    F.grid_sample(image, grid, align_corners=False)
except TypeError as e:
    print("TypeError:", str(e).replace("__main__.", ""))

# What each handler answers when asked with both types: Tensor's default
# handler runs only when its class is a subclass of every type it is given.
types = (Image, Grid)
for cls in types:
    answer = cls.__torch_function__(F.grid_sample, types, (image, grid),
                                    {"align_corners": False})
    print(f"{cls.__name__}.__torch_function__ answers:", answer)

# 1. Hand torch a plain tensor for the argument whose class does not matter.
out = F.grid_sample(image, grid.as_subclass(torch.Tensor), align_corners=False)
print("1. grid as a plain tensor:", type(out).__name__)
assert torch.equal(out.as_subclass(torch.Tensor), expected)


# 2. Make one class a subclass of the other: the more derived class is asked
#    first, and it is a subclass of both types.
class GridImage(Image):
    pass


out = F.grid_sample(image, grid.as_subclass(GridImage), align_corners=False)
print("2. grid of a subclass of Image:", type(out).__name__)
assert torch.equal(out.as_subclass(torch.Tensor), expected)


# 3. A handler that knows the other type, and says which class the result is.
class Image2(torch.Tensor):
    @classmethod
    def __torch_function__(cls, func, types, args=(), kwargs=None):
        if not all(issubclass(t, (Image2, Grid)) for t in types):
            return NotImplemented     # still refuse types it does not know
        # the default handler, told that only this class takes part
        return super().__torch_function__(func, (cls,), args, kwargs)


out = F.grid_sample(image.as_subclass(Image2), grid, align_corners=False)
print("3. Image2 accepts Grid:", type(out).__name__)
assert torch.equal(out.as_subclass(torch.Tensor), expected)
