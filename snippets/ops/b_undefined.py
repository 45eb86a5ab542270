# terminal: builds with ninja and c++, and loads libraries into the process
# "undefined symbol" when an extension is loaded: the library that defines
# the symbol is not among those the extension was linked with and loads.
# --8<-- [start:build]
import ctypes
import logging
import os
import subprocess
import sys
from pathlib import Path

import torch

# a CUDA build of torch without a GPU warns "No CUDA runtime is found" as
# cpp_extension is imported, where it finds a CUDA toolkit: not shown here
logging.getLogger("torch.utils.cpp_extension").setLevel(logging.ERROR)
from torch.utils import cpp_extension

# successful builds are kept in a folder of the repository, per torch
version = torch.__version__
os.environ["TORCH_EXTENSIONS_DIR"] = f".cache/torch_extensions/{version}"
folder = Path(os.environ["TORCH_EXTENSIONS_DIR"])
folder.mkdir(parents=True, exist_ok=True)


def source(name, code):
    path = folder / f"{name}.cpp"
    if not path.exists() or path.read_text() != code:
        path.write_text(code)  # rewritten, it would be compiled again
    return str(path)


def build(name, code, **options):
    try:
        return cpp_extension.load(name, [source(name, code)],
                                  is_python_module=False, **options)
    except OSError as e:  # load() loads what it built: it can fail there
        print(f"OSError: {e}".replace(str(folder.resolve()), "<build>"))
        print(f"  from OSError: {e.__cause__}".replace(str(folder.resolve()),
                                                       "<build>"))
# --8<-- [end:build]


# --8<-- [start:helper]
# helper() is declared, defined nowhere the extension is linked with
uses_helper = ('extern "C" int helper();\n'
               'extern "C" int twice() { return 2 * helper(); }\n')
build("b_uses_helper", uses_helper)
# the fix: link the library that defines it, -L<folder> -l<name>, and tell
# the loader where to find it at run time (-Wl,-rpath), as for -lcurand
helper = build("b_helper", 'extern "C" int helper() { return 21; }\n')
helper_folder = os.path.abspath(os.path.dirname(helper))
fixed = build("b_uses_helper_linked", uses_helper, extra_ldflags=[
    f"-L{helper_folder}", "-l:b_helper.so", f"-Wl,-rpath,{helper_folder}"])
print("linked with b_helper.so: twice() =", ctypes.CDLL(fixed).twice())
# --8<-- [end:helper]
# --8<-- [start:torch_python]
# THPVariableClass is defined in torch's libtorch_python.so. load() links
# every extension with it (-ltorch_python); a build by hand that leaves it
# out makes a library that no import of torch rescues.
uses_torch = source("b_uses_torch_python",
                    'extern "C" void* THPVariableClass;\n'
                    'extern "C" int has_variable_class() {\n'
                    '    return THPVariableClass != 0;\n}\n')
unlinked = str(folder / "b_uses_torch_python_unlinked.so")
subprocess.run(["c++", "-shared", "-fPIC", uses_torch, "-o", unlinked],
               check=True)
try:
    ctypes.CDLL(unlinked)
except OSError as e:
    print("torch imported, not linked: OSError:",
          str(e).replace(str(folder) + os.sep, ""))
linked = build("b_uses_torch_python", open(uses_torch).read())
print("torch imported, linked: has_variable_class() =",
      ctypes.CDLL(linked).has_variable_class())
# linked, but in a Python that has not imported torch: the loader does not
# look in torch/lib for libtorch_python.so; import torch first loads it
fresh = subprocess.run(
    [sys.executable, "-c", f"import ctypes; ctypes.CDLL({linked!r})"],
    capture_output=True, text=True)
print("no import torch, linked:", fresh.stderr.splitlines()[-1])
# --8<-- [end:torch_python]
# --8<-- [start:exported]
# which symbols libtorch_python.so exports: only those can be linked to
lib = os.path.join(os.path.dirname(torch.__file__), "lib",
                   "libtorch_python.so")
exported = ctypes.CDLL(lib)
for shown, symbol in [
        ("THPVariableClass", "THPVariableClass"),
        ("pybind11::detail::type_caster<at::Tensor>::load",
         "_ZN8pybind116detail11type_casterIN2at6TensorEvE4loadENS_6handleEb"),
        ("torch::autograd::THPCppFunction_next_functions",
         "_ZN5torch8autograd29THPCppFunction_next_functionsEP7_objectPv")]:
    print(f"{shown}: {hasattr(exported, symbol)}")
# --8<-- [end:exported]
# --8<-- [start:abi]
# An extension compiled with -D_GLIBCXX_USE_CXX11_ABI=0 spells std::string
# the old way in the symbols it asks for; the installed torch exports the
# new spelling only. It compiles, links, and fails to load.
print("torch built with the C++11 ABI:", torch.compiled_with_cxx11_abi())
uses_parse = ('#include <string>\n'
              'namespace c10 { struct FunctionSchema; }\n'
              'namespace torch::jit {\n'
              'c10::FunctionSchema parseSchema(const std::string&, bool);\n'
              '}\n'
              'void* parse =\n'
              '    reinterpret_cast<void*>(&torch::jit::parseSchema);\n')
build("b_old_abi", uses_parse, extra_cflags=["-D_GLIBCXX_USE_CXX11_ABI=0"])
# the fix: compile with the ABI of the installed torch, which load() and
# BuildExtension do when no flag of yours overrides it
abi = int(torch.compiled_with_cxx11_abi())
path = build("b_same_abi", uses_parse,
             extra_cflags=[f"-D_GLIBCXX_USE_CXX11_ABI={abi}"])
print("built with _GLIBCXX_USE_CXX11_ABI=%d: loaded" % abi,
      os.path.basename(path))
# which spelling a library exports: nm -D, demangled by c++filt
nm = subprocess.run(["nm", "-D", "--defined-only", os.path.join(
    os.path.dirname(torch.__file__), "lib", "libtorch_cpu.so")],
    capture_output=True, text=True).stdout
for line in nm.splitlines():
    if line.endswith("_ZN5torch3jit11parseSchemaERKNSt7__cxx1112basic_"
                     "stringIcSt11char_traitsIcESaIcEEEb"):
        symbol = line.split()[-1]
        print("libtorch_cpu.so exports:", symbol[:40] + "...")
        print("  which is:", subprocess.run(["c++filt", symbol],
              capture_output=True, text=True).stdout.strip())
print("the old ABI's asks for:", subprocess.run(
    ["c++filt", "_ZN5torch3jit11parseSchemaERKSsb"],
    capture_output=True, text=True).stdout.strip())
# --8<-- [end:abi]
