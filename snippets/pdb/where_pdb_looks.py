# Where pdb looks when `b` names a file or a function: two helpers of the
# pdb module of the Python that runs this page. lookupmodule resolves FILE
# in `b FILE:LINE`; find_function is tried for a name that does not
# evaluate to a function in the current frame.
import inspect
import pdb

print(inspect.getsource(pdb.Pdb.lookupmodule))
print(inspect.getsource(pdb.find_function), end="")
