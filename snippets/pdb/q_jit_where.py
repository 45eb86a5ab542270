# terminal: the error names this file's lines, which a cell does not have
import warnings

import torch


def count_rows(x):
    return x.shape[0] + "rows"  # an int plus a str: TorchScript rejects it


def summary(x):
    return count_rows(x)


with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)  # torch.jit.script's
    warnings.simplefilter("ignore", FutureWarning)       # (2.14.1: Future...)
    try:
        torch.jit.script(summary)
    except Exception as error:
        kind, lines = type(error).__name__, str(error).strip().splitlines()
print(f"{kind}: {lines[0]}")
start = next(i for i, line in enumerate(lines)
             if line.startswith("The original call"))
print(*lines[start:], sep="\n")
