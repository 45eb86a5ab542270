# nn.Module's bookkeeping modelled in plain Python, and a probe that runs
# the same script against the model and against the real nn.Module.
# --8<-- [start:model]
import torch
from torch import nn
from torch.nn import Buffer, Parameter


def _drop(name, *stores):  # forget `name` in each dict or set that has it
    for store in stores:
        if name in store:
            store.discard(name) if isinstance(store, set) else store.pop(name)


def _join(prefix, name):  # "encoder" + "proj" -> "encoder.proj"
    return f"{prefix}.{name}" if prefix else name


def _type_error(value, kind, name, expected):
    return TypeError(f"cannot assign '{torch.typename(value)}' as {kind} "
                     f"'{name}' ({expected} or None expected)")


class MiniModule:
    def __init__(self):
        # object.__setattr__: our __setattr__ looks for the dicts made here.
        for store, empty in (("_parameters", {}), ("_buffers", {}),
                             ("_modules", {}),
                             ("_non_persistent_buffers_set", set())):
            object.__setattr__(self, store, empty)

    def __setattr__(self, name, value):
        d = self.__dict__
        params, modules = d.get("_parameters"), d.get("_modules")
        buffers = d.get("_buffers")
        if isinstance(value, Parameter):
            if params is None:
                raise AttributeError("cannot assign parameters before "
                                     "Module.__init__() call")
            _drop(name, d, buffers, modules, self._non_persistent_buffers_set)
            self.register_parameter(name, value)
        elif params is not None and name in params:  # stays a parameter
            if value is not None:
                raise _type_error(value, "parameter", name,
                                  "torch.nn.Parameter")
            params[name] = None
        elif isinstance(value, MiniModule):
            if modules is None:
                raise AttributeError("cannot assign module before "
                                     "Module.__init__() call")
            _drop(name, d, params, buffers, self._non_persistent_buffers_set)
            modules[name] = value
        elif modules is not None and name in modules:  # stays a child
            if value is not None:
                raise _type_error(value, "child module", name,
                                  "torch.nn.Module")
            modules[name] = None
        elif isinstance(value, Buffer) or buffers is not None and (
                name in buffers):
            keep = (value.persistent if isinstance(value, Buffer)
                    else name not in self._non_persistent_buffers_set)
            self.register_buffer(name, value, keep)
        else:  # an ordinary attribute, in the instance __dict__
            object.__setattr__(self, name, value)

    def __getattr__(self, name):  # called only when normal lookup failed
        for store in ("_parameters", "_buffers", "_modules"):
            if name in self.__dict__.get(store, ()):
                return self.__dict__[store][name]
        raise AttributeError(
            f"'{type(self).__name__}' object has no attribute '{name}'")

    def __delattr__(self, name):
        for store in (self._parameters, self._buffers, self._modules):
            if name in store:
                _drop(name, store, self._non_persistent_buffers_set)
                return
        object.__delattr__(self, name)

    def _check_new(self, name, store, kind):
        if store not in self.__dict__:
            raise AttributeError(
                f"cannot assign {kind} before Module.__init__() call")
        if hasattr(self, name) and name not in self.__dict__[store]:
            raise KeyError(f"attribute '{name}' already exists")

    def register_parameter(self, name, param):
        self._check_new(name, "_parameters", "parameter")
        if param is not None and not isinstance(param, Parameter):
            raise TypeError(
                f"cannot assign '{torch.typename(param)}' object to "
                f"parameter '{name}' (torch.nn.Parameter or None required)")
        self._parameters[name] = param

    def register_buffer(self, name, tensor, persistent=True):
        self._check_new(name, "_buffers", "buffer")
        self._buffers[name] = tensor
        _drop(name, self._non_persistent_buffers_set)
        if not persistent:
            self._non_persistent_buffers_set.add(name)

    def named_modules(self, prefix=""):  # torch also skips repeats
        yield prefix, self
        for name, child in self._modules.items():
            if child is not None:
                yield from child.named_modules(_join(prefix, name))

    def _named(self, store, prefix):  # own entries, under the dotted path
        for path, module in self.named_modules(prefix):
            for name, value in getattr(module, store).items():
                if value is not None:
                    yield _join(path, name), value

    def named_parameters(self, prefix=""):
        return self._named("_parameters", prefix)

    def named_buffers(self, prefix=""):
        return self._named("_buffers", prefix)

    def state_dict(self, prefix=""):  # own entries first, then each child's
        state = {prefix + n: p.detach()
                 for n, p in self._parameters.items() if p is not None}
        state.update(
            (prefix + n, b.detach()) for n, b in self._buffers.items()
            if b is not None and n not in self._non_persistent_buffers_set)
        for name, child in self._modules.items():
            if child is not None:
                state.update(child.state_dict(prefix + name + "."))
        return state

# --8<-- [end:model]

# --8<-- [start:probe]
def probe(Module):
    """Build small modules from `Module` and print what can be observed."""
    def where(m, name):  # which of the module's stores hold `name`
        stores = [s for s in ("_parameters", "_buffers", "_modules")
                  if name in m.__dict__[s]]
        if name in vars(m):
            stores.append("__dict__")
        return " + ".join(stores) or "nowhere"

    def attempt(action):  # what happened, as one line
        try:
            result = action()
        except Exception as e:
            return f"{type(e).__name__}: {e}"
        return "ok" if result is None else f"ok, {result}"

    def names(pairs):
        return [name for name, _ in pairs]

    class Net(Module):
        def __init__(self):
            super().__init__()
            self.w = Parameter(torch.ones(2))
            self.sub = Module()
            self.sub.v = Parameter(torch.zeros(3))
            self.register_buffer("running", torch.zeros(2))
            self.register_buffer("scratch", torch.zeros(2), persistent=False)
            self.b = Buffer(torch.ones(1))
            self.plain = torch.ones(2)
            self.note = "hello"

    net = Net()
    print("1 where each assignment landed")
    for name in ("w", "sub", "running", "scratch", "b", "plain", "note"):
        print(f"    {name:8} {where(net, name)}")
    print("2 what the walkers see")
    print("    named_parameters:", names(net.named_parameters()))
    print("    named_buffers:   ", names(net.named_buffers()))
    print("    named_modules:   ", names(net.named_modules()))
    print("    state_dict keys: ", list(net.state_dict()))
    print("    with a prefix:   ", names(net.named_parameters(prefix="m")))
    print("3 reading attributes back")
    print("    net.w is net._parameters['w']:", net.w is net._parameters["w"])
    object.__setattr__(net, "running", "shadow")  # __dict__ comes first
    print("    'running' also in __dict__: net.running ->", repr(net.running))
    del net.__dict__["running"]
    print("    net.missing ->", attempt(lambda: net.missing))
    print("4 a registered name refuses some values")
    for name, value in (("w", torch.zeros(2)), ("sub", 5),
                        ("running", torch.ones(2))):
        print(f"    net.{name:7} = {type(value).__name__:6} ->",
              attempt(lambda: setattr(net, name, value)))
    print("    running is still in", where(net, "running"))
    print("5 None keeps the name, drops the value from the walkers")
    net.w = None
    print("    net.w = None -> in", where(net, "w"),
          "| state_dict:", list(net.state_dict()))
    print("6 re-assigning moves a name between stores")
    net.plain = Module()
    print("    net.plain = Module()  -> in", where(net, "plain"))
    net.plain = Parameter(torch.ones(2))
    print("    net.plain = Parameter -> in", where(net, "plain"))
    error = attempt(lambda: setattr(net, "plain", Module()))
    # The message names the class with its module path: keep the name.
    print("    net.plain = Module()  ->",
          error.replace(torch.typename(Module()), "Module"))
    print("7 register_* refuse what does not fit")
    print("    register_parameter('t', tensor) ->",
          attempt(lambda: net.register_parameter("t", torch.ones(1))))
    print("    register_buffer('note', tensor) ->",
          attempt(lambda: net.register_buffer("note", torch.ones(1))))
    print("8 del removes from whichever store holds the name")
    for name in ("plain", "scratch", "note"):
        delattr(net, name)
        print(f"    del net.{name:8}-> now {where(net, name)}")
    print("    parameters left:", names(net.named_parameters()),
          "| non-persistent:", sorted(net._non_persistent_buffers_set))
    print("9 assigning before super().__init__()")

    class Early(Module):
        def __init__(self, value):
            self.x = value
            super().__init__()

    for label, value in (("Parameter", Parameter(torch.ones(1))),
                         ("Module", Module()),
                         ("Buffer", Buffer(torch.ones(1))),
                         ("tensor", torch.ones(1))):
        print(f"    self.x = {label:9} ->",
              attempt(lambda: "x in " + where(Early(value), "x")))
    print("10 names: a Module is filed unchecked, a Buffer is checked")
    setattr(net, "a.b", Module())
    print("    setattr(net, 'a.b', Module()) -> in", where(net, "a.b"))
    net.state_dict = Module()
    print("    net.state_dict = Module()     -> in", where(net, "state_dict"),
          "| net.state_dict is a", type(net.state_dict).__name__)
    net.flag = 3
    print("    net.flag = 3; net.flag = Buffer ->",
          attempt(lambda: setattr(net, "flag", Buffer(torch.ones(1)))))
# --8<-- [end:probe]

# --8<-- [start:run]
import contextlib
import io

transcripts = {}
for label, cls in (("nn.Module", nn.Module), ("MiniModule", MiniModule)):
    with contextlib.redirect_stdout(io.StringIO()) as out:
        probe(cls)
    transcripts[label] = out.getvalue()
    print(f"--- probe({label})\n{transcripts[label]}", end="")
print("--- identical:", transcripts["nn.Module"] == transcripts["MiniModule"])
# --8<-- [end:run]
