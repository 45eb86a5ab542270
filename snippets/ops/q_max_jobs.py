# terminal: runs ninja and c++, which a kernel may lack
# What MAX_JOBS becomes: the ninja command that load() and BuildExtension
# run, ninja's own default when the variable is unset, and the memory that
# one compiler job of a torch extension takes, which MAX_JOBS multiplies.
import logging
import os
import re
import runpy
import shlex
import subprocess
from unittest import mock

import torch

logging.getLogger("torch.utils.cpp_extension").setLevel(logging.ERROR)
from torch.utils import cpp_extension  # noqa: E402


def ninja_command(max_jobs):
    """The command _run_ninja_build() runs, with MAX_JOBS set so (or unset),
    caught instead of run."""
    env = {k: v for k, v in os.environ.items() if k != "MAX_JOBS"}
    if max_jobs is not None:
        env["MAX_JOBS"] = max_jobs
    with mock.patch.dict(os.environ, env, clear=True), \
            mock.patch.object(cpp_extension.subprocess, "run") as run:
        cpp_extension._run_ninja_build(".", verbose=False, error_prefix="")
    return " ".join(run.call_args.args[0])


for value in (None, "32", "2", "0", "auto", "4 "):
    print(f"MAX_JOBS={value!r:7}->", ninja_command(value))

# Without -j, ninja picks its own number: 2 for one CPU, 3 for two, CPUs + 2
# from three up. Its help names it; the check keeps the output the same on
# any machine.
helped = subprocess.run(["ninja", "--help"], capture_output=True, text=True)
for line in (helped.stdout + helped.stderr).splitlines():
    if line.strip().startswith("-j N"):
        line = " ".join(line.split())
        default = int(re.search(r"default=(\d+)", line).group(1))
        print("\nninja --help:", re.sub(r"default=\d+", "default=D", line))
cpus = os.cpu_count()
print("D is ninja's rule for os.cpu_count():",
      default == (cpus + 2 if cpus >= 3 else 3 if cpus == 2 else 2))

# TORCH_CUDA_ARCH_LIST makes nvcc's -gencode flags, unless the extension's
# own nvcc flags name an architecture already (runs without nvcc or a GPU)
with mock.patch.dict(os.environ, {"TORCH_CUDA_ARCH_LIST": "8.0"}):
    print("\nTORCH_CUDA_ARCH_LIST='8.0' ->",
          *cpp_extension._get_cuda_arch_flags())
    own = ["-gencode", "arch=compute_90,code=sm_90"]
    print("  and nvcc flags", *own, "->",
          cpp_extension._get_cuda_arch_flags(own))

# One compile of an extension source, with the command load() writes into
# build.ninja; measured once per torch and compiler, kept in its folder.
folder = runpy.run_path("snippets/ops/extensions.py")["build_directory"](
    "q_max_jobs").resolve()
folder.mkdir(parents=True, exist_ok=True)
source = folder / "twice.cpp"
source.write_text(
    "#include <torch/extension.h>\n"
    "torch::Tensor twice(const torch::Tensor& x) { return x * 2; }\n"
    'PYBIND11_MODULE(TORCH_EXTENSION_NAME, m) { m.def("twice", &twice); }\n')
with mock.patch.object(cpp_extension, "_run_ninja_build"):  # write only
    try:
        cpp_extension.load("q_max_jobs", [str(source)],
                           build_directory=str(folder))
    except ImportError:
        pass  # nothing was built to import
command = subprocess.run(["ninja", "-t", "commands", "twice.o"], cwd=folder,
                         capture_output=True, text=True, check=True
                         ).stdout.splitlines()[0]
compiler = subprocess.run([shlex.split(command)[0], "--version"],
                          capture_output=True, text=True).stdout
made_of = command + "\n" + compiler.splitlines()[0]
kept = folder / "peak-rss-kb"
if kept.exists() and kept.read_text().startswith(made_of + "\n"):
    peak_kb = int(kept.read_text().splitlines()[-1])
else:
    child = subprocess.Popen(shlex.split(command), cwd=folder)
    _, status, usage = os.wait4(child.pid, 0)  # rusage of it and its own
    child.returncode = os.waitstatus_to_exitcode(status)
    assert child.returncode == 0, command
    peak_kb = usage.ru_maxrss  # the largest process: cc1plus, in kB
    kept.write_text(f"{made_of}\n{peak_kb}\n")
print("\ncompile:", command.split()[0], "... -c twice.cpp -o twice.o")
assert peak_kb > 1024 * 1024
print("its largest process at its peak: more than 1 GB")
