# The helper the chapter's source-reading scripts load with runpy.run_path:
# show() prints lines of a file of the installed torch, each after its number.
import os

import torch

site_packages = os.path.dirname(os.path.dirname(torch.__file__))


def show(file, *ranges):
    """Print lines of a torch file under the file's name: for each range,
    from the next line containing its first text to the next line containing
    its second."""
    path = os.path.join(os.path.dirname(torch.__file__), file)
    lines = open(path, encoding="utf-8").read().splitlines()
    print(f"# {os.path.relpath(path, site_packages)}")
    end = -1
    for first, last in ranges:
        start = next(i for i in range(end + 1, len(lines))
                     if first in lines[i])
        end = next(i for i in range(start, len(lines)) if last in lines[i])
        for i in range(start, end + 1):
            print(f"{i + 1:4}  {lines[i]}")
