# A __torch_function__ that unwraps its arguments with as_subclass works
# eagerly and sends torch.compile into a RecursionError; one that leaves the
# work to the default handler, super().__torch_function__, compiles.
import torch


class Unwraps(torch.Tensor):
    @classmethod
    def __torch_function__(cls, func, types, args=(), kwargs=None):
        args = [a.as_subclass(torch.Tensor) if isinstance(a, cls) else a
                for a in args]
        out = func(*args, **(kwargs or {}))
        return out.as_subclass(cls) if isinstance(out, torch.Tensor) else out


class Default(torch.Tensor):
    calls = []

    @classmethod
    def __torch_function__(cls, func, types, args=(), kwargs=None):
        cls.calls.append(func.__name__)  # your own work goes here
        return super().__torch_function__(func, types, args, kwargs)


for cls in (Unwraps, Default):
    x = torch.ones(2).as_subclass(cls)
    print(f"{cls.__name__}: eager gives", type(x.sin() + 1).__name__)
    torch._dynamo.reset()
    compiled = torch.compile(lambda t: t.sin() + 1, backend="eager")
    try:
        result = compiled(x)
    except Exception as e:
        print(f"  compiled: {type(e).__name__}:", str(e).splitlines()[0])
    else:
        assert torch.equal(result, x.sin() + 1)
        print("  compiled gives", type(result).__name__)
