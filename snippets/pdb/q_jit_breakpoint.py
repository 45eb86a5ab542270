# terminal: the errors name this file's lines, which a cell does not have
import pdb
import warnings

import torch


def add_one(x):
    breakpoint()
    return x + 1


def add_two(x):
    pdb.set_trace()
    return x + 2


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for function in (add_one, add_two):
        try:
            torch.jit.script(function)
        except Exception as error:
            lines = str(error).strip().splitlines()
            here = next(i for i, s in enumerate(lines) if "<--- HERE" in s)
            print(f"{type(error).__name__}:", *lines[:here + 1], sep="\n")
for text in sorted({f"{w.category.__name__}: {w.message}" for w in caught}):
    print(text)
