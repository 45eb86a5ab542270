# terminal: builds with ninja and c++, which a kernel may lack
# torch.export keeps a custom_op as a call by name; whoever runs the exported
# program must have the operator registered, and AOTInductor's C++ runner
# finds it only if it was registered in C++.
import json
import os
import runpy
import shutil
import subprocess
import sys
import tempfile
import warnings
import zipfile
from pathlib import Path

import torch

extensions = runpy.run_path("snippets/ops/extensions.py")
tmp = tempfile.mkdtemp()

# The operator lives in a module, as it would in a package: every process
# that runs the exported program must import it.
Path(tmp, "exported_ops.py").write_text('''
import torch

def scaled_add_math(x, y):
    return x + 2 * y

@torch.library.custom_op("exported::scaled_add", mutates_args=())
def scaled_add(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    return scaled_add_math(x, y)  # the kernel: Python code
''')
sys.path.insert(0, tmp)
import exported_ops  # noqa: E402


class Model(torch.nn.Module):
    def forward(self, x):
        return torch.ops.exported.scaled_add(x, torch.relu(x))


x = torch.ones(3)
try:
    torch.export.export(Model(), (x,))
except RuntimeError as e:
    print(f"no fake: {type(e).__name__}: {str(e).splitlines()[0]}")


@exported_ops.scaled_add.register_fake
def _(x, y):
    return torch.empty_like(x)


def calls(ep):
    return [str(n.target) for n in ep.graph.nodes if n.op == "call_function"]


ep = torch.export.export(Model(), (x,))
print("exported, calls:", calls(ep))


class Plain(torch.nn.Module):  # the kernel's code, called as a function
    def forward(self, x):
        return exported_ops.scaled_add_math(x, torch.relu(x))


print("a plain function, traced through:",
      calls(torch.export.export(Plain(), (x,))))
torch.export.save(ep, f"{tmp}/model.pt2")


def run(code, *, env=None):
    """Runs code in a new Python process; returns its stdout and stderr."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True,
                          text=True, env={**os.environ, **(env or {})})
    return done.stdout.strip(), done.stderr


# torch.export.load in a process that never defined the operator, then in one
# that imports its module first
out, err = run(f"import torch\ntry:\n"
               f"    torch.export.load({tmp + '/model.pt2'!r})\n"
               f"except RuntimeError as e:\n"
               f"    print(f'{{type(e).__name__}}: {{e}}')")
print("export.load without the op:", out.split(". ")[0])
reason = next(line for line in err.splitlines() if "failed to resolve" in line)
reason = reason.split("SerializeError: ")[1].split(" Otherwise")[0]
print("  it logged:", reason)
out, _ = run(f"import torch, exported_ops\n"
             f"ep = torch.export.load({tmp + '/model.pt2'!r})\n"
             f"print(ep.module()(torch.ones(3)))", env={"PYTHONPATH": tmp})
print("export.load after import exported_ops:", out)

# AOTInductor compiles the rest of the graph into a library, and leaves the
# operator to be called by name at run time, as the package's JSON says.
with warnings.catch_warnings():
    warnings.simplefilter("ignore", FutureWarning)  # a pytree deprecation
    package = torch._inductor.aoti_compile_and_package(
        ep, package_path=f"{tmp}/aoti.pt2")
    # The fix for C++: the same model around an operator registered in C++,
    # the chapter's myops::scaled_add (myops.cpp), with a fake in Python for
    # export.
    myops = extensions["load_myops"]()
    torch.library.register_fake("myops::scaled_add")(
        lambda x, y, alpha: torch.empty_like(x))

    class CppModel(torch.nn.Module):
        def forward(self, x):
            return torch.ops.myops.scaled_add(x, torch.relu(x), 2.0)

    cpp_package = torch._inductor.aoti_compile_and_package(
        torch.export.export(CppModel(), (x,)),
        package_path=f"{tmp}/aoti_cpp.pt2")

# The C++ program, compiled once per torch into the chapter's build cache;
# again only when the source or the command changes
folder = extensions["build_directory"]("run_package")
program = folder / "run_package"
include = Path(torch.__file__).parent / "include"
lib = Path(torch.__file__).parent / "lib"
command = ["c++", "-std=c++20", "snippets/ops/run_package.cpp",
           "-o", f"{program}.new", f"-I{include}",
           f"-I{include}/torch/csrc/api/include", f"-L{lib}",
           "-ltorch", "-ltorch_cpu", "-lc10", f"-Wl,-rpath,{lib}"]
extensions["build_program"](program, command[2], command)


def cpp(*args):
    done = subprocess.run([str(program), *args], capture_output=True,
                          text=True)
    return f"exit {done.returncode}: {done.stdout.strip()}"


def extern_calls(package):
    """What the package's JSON asks the runner to call by name."""
    with zipfile.ZipFile(package) as archive:
        name = next(n for n in archive.namelist()
                    if n.endswith("wrapper.json"))
        nodes = json.loads(archive.read(name))["nodes"]
    return [(n["node"]["target"], n["node"]["metadata"]) for n in nodes]


print("calls by name:", extern_calls(package), extern_calls(cpp_package))

# The Python custom_op's package: in Python after import exported_ops, and
# in C++
out, _ = run(f"import torch, exported_ops\n"
             f"runner = torch._inductor.aoti_load_package({package!r})\n"
             f"print(runner(torch.ones(3)))", env={"PYTHONPATH": tmp})
print("AOTI package in Python after import exported_ops:", out)
print("AOTI package in C++:", cpp(package))
# The C++ operator's package in C++: without, then with myops.so loaded
print("C++ op's package in C++:", cpp(cpp_package))
print("C++ op's package in C++, myops.so loaded:", cpp(cpp_package, myops))
shutil.rmtree(tmp)
