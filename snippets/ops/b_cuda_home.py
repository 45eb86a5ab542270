# terminal: sets CUDA_HOME and PATH for the whole process
# Where torch looks for CUDA (nvcc, headers, libraries) when it builds an
# extension: _find_cuda_home(), run with CUDA_HOME set as readers have set
# it, then unset, with a stand-in nvcc first on PATH. No GPU, no toolkit.
import logging
import os
import stat
import sys
import tempfile

import torch

log = logging.getLogger("torch.utils.cpp_extension")
log.setLevel(logging.ERROR)  # no warning for what the import finds
from torch.utils import cpp_extension

work = tempfile.mkdtemp()


class Shown(logging.Formatter):  # the temporary folder as a placeholder
    def format(self, record):
        text = f"  {record.levelname} {record.getMessage()}"
        return text.replace(work, "<work>")


# torch logs "No CUDA runtime is found" as a warning: shown here on stdout
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(Shown())
log.handlers[:] = [handler]
log.setLevel(logging.WARNING)
log.propagate = False

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
