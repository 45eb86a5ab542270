# terminal: torch.compile of a __torch_function__ subclass, own process
# A Tensor subclass with __torch_function__ (no __torch_dispatch__), eager
# against torch.compile backend by backend: where does compile differ?
import torch


class Tagged(torch.Tensor):
    """Carries a tag through every torch function; adds 1 after relu."""
    @classmethod
    def __torch_function__(cls, func, types, args=(), kwargs=None):
        out = super().__torch_function__(func, types, args, kwargs or {})
        if func is torch.relu:
            out = cls.extra(out, types)
        tags = [a.tag for a in args if isinstance(a, Tagged)
                and hasattr(a, "tag")]
        if isinstance(out, Tagged) and tags:
            out.tag = f"{tags[0]}+{func.__name__}"
        return out

    @classmethod
    def extra(cls, out, types):
        return out + 1           # an operator on the subclass, nested


class Fixed(Tagged):
    @classmethod
    def extra(cls, out, types):  # the nested call through the base class
        return super().__torch_function__(torch.add, types, (out, 1), {})


def f(x):
    return torch.relu(x * 2)


def show(name, run):
    try:
        r = run()
        print(f"{name:<28}", type(r).__name__, r.tolist(),
              getattr(r, "tag", None))
    except Exception as e:
        print(f"{name:<28}", type(e).__name__ + ":", str(e).splitlines()[0])


for cls in (Tagged, Fixed):
    x = torch.ones(3).as_subclass(cls)
    x.tag = "x"
    show(f"{cls.__name__}: eager", lambda: f(x))
    for backend in ("eager", "aot_eager"):       # Dynamo alone, then + AOT
        torch._dynamo.reset()
        show(f"{cls.__name__}: compile({backend})",
             lambda: torch.compile(f, backend=backend)(x))

# round a layer that fails: compile the plain-tensor part only, and do the
# subclass's work outside it
plain = torch.compile(lambda t: t * 2, backend="aot_eager")
show("Fixed: plain part compiled", lambda: torch.relu(
    plain(x.as_subclass(torch.Tensor)).as_subclass(Fixed)))
