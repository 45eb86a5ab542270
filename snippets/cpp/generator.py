# The generator that turns `python_module: nn` entries into torch._C._nn,
# and its template, as the wheel ships them under torchgen/packaged/autograd/.
# Source is printed with each line's number in its file.
# --8<-- [start:generator]
import inspect
import os
import re

import torchgen
from torchgen.packaged.autograd import gen_python_functions

site_packages = os.path.dirname(os.path.dirname(torchgen.__file__))
generator = gen_python_functions.__file__


def show(lines, first):  # each line after its number in the file
    for number, line in enumerate(lines, first):
        print(f"{number:4}  {line}".rstrip())


print(f"# {os.path.relpath(generator, site_packages)}")
show(*inspect.getsourcelines(gen_python_functions.is_py_nn_function))
gen_source, gen_first = inspect.getsourcelines(gen_python_functions.gen)
call = next(i for i, line in enumerate(gen_source)
            if "is_py_nn_function," in line)
show(gen_source[call - 3:call + 6], gen_first + call - 3)
# --8<-- [end:generator]

# --8<-- [start:templates]
filled = sorted(set(re.findall(r'"(python_\w+\.(?:cpp|h))"',
                              "".join(gen_source))))
print(f"the {len(filled)} templates gen() fills:", filled)
templates = os.path.join(os.path.dirname(generator), "templates")
assert all(os.path.exists(os.path.join(templates, t)) for t in filled)
# --8<-- [end:templates]

# --8<-- [start:template]
from torchgen.code_template import CodeTemplate

template = os.path.join(templates, "python_nn_functions.cpp")
lines = open(template, encoding="utf-8").read().splitlines()
print(f"// {os.path.relpath(template, site_packages)}")
wanted = ("static PyObject * THPVariable__parse_to(",
          "static PyMethodDef nn_functions[]", "void initNNFunctions",
          '"torch._C._nn"', "PyModule_Create(",
          "THPNNVariableFunctionsModule = nn;",
          'PyModule_AddObject(module, "_nn"')
holes = []
for number, line in enumerate(lines, start=1):
    # the generator's own pattern for a hole: $name or ${name}
    found = [name.strip("{,}")
             for _, name in CodeTemplate.substitution.findall(line)]
    holes += found
    if found or any(w in line for w in wanted):
        print(f"{number:4}  {line}".rstrip())
# --8<-- [end:template]

# --8<-- [start:holes]
print(f"{len(holes)} holes:", holes)
filler = inspect.getsource(gen_python_functions.create_python_bindings)
print("filled by create_python_bindings:",
      re.findall(r'^\s+"(\w+)":', filler, flags=re.M))
print("pybind11 appears in the template:", "pybind11" in "\n".join(lines))
# --8<-- [end:holes]
