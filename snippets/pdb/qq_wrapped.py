# command: python -m pdb snippets/pdb/qq_wrapped.py
# pythons: 3.11 3.12 3.13
import functools


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper


@logged
def scale(values, factor):
    doubled = [v * factor for v in values]
    return doubled


print(scale([1, 2], 3))
print(scale([4], 2))
