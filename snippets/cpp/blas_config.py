# What sits below addmm on this CPU build: the libraries torch was built
# with, and where the BLAS routines live.
# --8<-- [start:config]
import ctypes
import os
import re

import torch

shown = ("Math Kernel Library", "MKL-DNN", "OpenMP", "LAPACK")
settings = ("BLAS_INFO", "LAPACK_INFO", "USE_MKL", "USE_MKLDNN",
            "USE_OPENMP", "USE_CUDA")
for line in torch.__config__.show().splitlines():
    if "Build settings:" in line:
        found = dict(re.findall(r"(\w+)=([^,]*)", line))
        print("  - Build settings (some):",
              ", ".join(f"{k}={found[k]}" for k in settings))
    elif any(s in line for s in shown):
        print(line)
print("torch.cuda.is_available():", torch.cuda.is_available())
# --8<-- [end:config]

# --8<-- [start:symbols]
print("mkl available:", torch.backends.mkl.is_available(),
      "| mkldnn available:", torch.backends.mkldnn.is_available())
lib_dir = os.path.join(os.path.dirname(torch.__file__), "lib")
print("BLAS-like libraries shipped in torch/lib:",
      [n for n in sorted(os.listdir(lib_dir))
       if re.search("mkl|blas|dnnl", n)])
libtorch_cpu = ctypes.CDLL(os.path.join(lib_dir, "libtorch_cpu.so"))
for symbol in ("sgemm_", "MKL_Get_Version_String", "cblas_sgemm",
               "openblas_get_config"):
    print(f"libtorch_cpu.so exports {symbol}: {hasattr(libtorch_cpu, symbol)}")
# --8<-- [end:symbols]

# --8<-- [start:call]
import subprocess
import sys

# One nn.Linear call in a fresh process, with the verbose logs of MKL and
# oneDNN on: each prints a line per routine it runs (to standard output).
code = """
import torch
torch.manual_seed(0)
lin = torch.nn.Linear(3, 2)
x = torch.randn(4, 3)
with torch.profiler.profile() as prof:
    lin(x)
addmm = next(e for e in prof.events() if e.name == "aten::addmm")
print("under aten::addmm:", [c.name for c in addmm.cpu_children])
with torch.no_grad():  # the same layer on an input in oneDNN's layout
    print("== x.to_mkldnn()", flush=True)
    x_mkldnn = x.to_mkldnn()
    print("== lin(x_mkldnn)", flush=True)
    lin(x_mkldnn)
"""
verbose = {"MKL_VERBOSE": "1", "ONEDNN_VERBOSE": "1",
           "KINETO_LOG_LEVEL": "6"}
run = subprocess.run([sys.executable, "-c", code],
                     env={**os.environ, **verbose},
                     capture_output=True, text=True, check=True)
parts = {"float32 input, lin(x)": []}
for line in run.stdout.splitlines():
    if line.startswith("== "):  # the script's markers, between the calls
        parts[f"input in oneDNN's layout, {line[3:]}"] = []
    else:
        list(parts.values())[-1].append(line)
for label, part in parts.items():
    print(f"{label}:")
    for line in part:
        if line.startswith("under"):
            print("  " + line)
    # a routine's line: its name and its first arguments, no addresses
    gemms = [re.match(r"MKL_VERBOSE (\w+\((?:[^,]*,){5})", line)
             for line in part]
    print("  MKL routines:", [m[1] + " ...)" for m in gemms if m])
    primitives = [line.split(",")[5] for line in part
                  if line.startswith("onednn_verbose,v1,primitive,exec")]
    print("  oneDNN primitives:", primitives)
# --8<-- [end:call]
