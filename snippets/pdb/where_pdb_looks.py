# pythons: 3.11 3.12 3.13
# Where pdb looks when `b` names a file or a function it cannot evaluate:
# three helpers of the pdb module of the Python that runs this script, each
# line with its number in that Python's pdb.py. lookupmodule resolves FILE in
# `b FILE:LINE`; lineinfo handles a name that does not evaluate to a function
# in the current frame, and calls find_function to search a file for its `def`.
import inspect
import pdb

print("#", "pdb.py")
for function in (pdb.Pdb.lookupmodule, pdb.Pdb.lineinfo, pdb.find_function):
    lines, first = inspect.getsourcelines(function)
    for number, line in enumerate(lines, first):
        print(f"{number:4}  {line}".rstrip())
