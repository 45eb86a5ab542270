# Where torch looks for CUDA (nvcc, headers, libraries) when it builds an
# extension: CUDA_HOME, worked out once, as torch.utils.cpp_extension is
# imported. No GPU and no CUDA toolkit is needed to watch it decide.
import logging
import os
import re
import stat
import sys
import tempfile

work = tempfile.mkdtemp()


class Shown(logging.Formatter):  # a temporary folder as a placeholder
    def format(self, record):
        text = f"  {record.levelname} {record.getMessage()}"
        return text.replace(work, "<work>")


# torch logs "No CUDA runtime is found" as a warning: shown here on stdout
log = logging.getLogger("torch.utils.cpp_extension")
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(Shown())
log.addHandler(handler)
log.propagate = False

# --8<-- [start:module]
os.environ["CUDA_HOME"] = "/usr/local/cuda:/usr/local/cuda"  # set like PATH
import torch
from torch.utils import cpp_extension

print("torch.version.cuda:", torch.version.cuda)
print("cpp_extension.CUDA_HOME:", cpp_extension.CUDA_HOME)
try:
    print("nvcc would be", cpp_extension._join_cuda_home("bin", "nvcc"))
except OSError as e:
    print("OSError:", e)
try:  # what code that reads the CUDA version from torch.version.cuda does
    print("CUDA major version:", re.match(r"\d+", torch.version.cuda)[0])
except TypeError as e:
    print("TypeError:", e)
# --8<-- [end:module]
# --8<-- [start:guesses]
# _find_cuda_home() again, with a stand-in nvcc first on PATH
nvcc = os.path.join(work, "cuda-12.4", "bin", "nvcc")
os.makedirs(os.path.dirname(nvcc))
open(nvcc, "w").close()
os.chmod(nvcc, stat.S_IRWXU)
os.environ["PATH"] = os.path.dirname(nvcc) + os.pathsep + os.environ["PATH"]
for value in ["/usr/local/cuda:/usr/local/cuda", "/usr/local/cuda/bin",
              "/usr/local/cuda-11.8", None]:
    if value is None:
        del os.environ["CUDA_HOME"]
    else:
        os.environ["CUDA_HOME"] = value
    print(f"CUDA_HOME={value}:")
    home = cpp_extension._find_cuda_home().replace(work, "<work>")
    print("  found", home, "-> nvcc at", os.path.join(home, "bin", "nvcc"))
# --8<-- [end:guesses]
