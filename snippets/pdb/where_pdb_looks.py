# pythons: 3.11 3.12 3.13
# Where pdb looks when `b` names a file or a function it cannot evaluate:
# three helpers of the pdb module of the Python that runs this script.
# lookupmodule resolves FILE in `b FILE:LINE`; lineinfo handles a name
# that does not evaluate to a function in the current frame, and calls
# find_function to search a file for its `def`.
import inspect
import pdb

print(inspect.getsource(pdb.Pdb.lookupmodule))
print(inspect.getsource(pdb.Pdb.lineinfo))
print(inspect.getsource(pdb.find_function), end="")
