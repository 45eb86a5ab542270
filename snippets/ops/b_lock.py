# terminal: builds with ninja and c++, which a kernel may lack
# load() takes a lock file in the build folder while it builds; a build
# that was killed outright leaves the file behind, and with torch 2.13 the
# next load() waits for it.
import logging
import os
import threading
from pathlib import Path

import torch

# a CUDA build of torch without a GPU warns "No CUDA runtime is found" as
# cpp_extension is imported, where it finds a CUDA toolkit: not shown here
logging.getLogger("torch.utils.cpp_extension").setLevel(logging.ERROR)
from torch.utils import cpp_extension

# successful builds are kept in a folder of the repository, per torch
version = torch.__version__
os.environ["TORCH_EXTENSIONS_DIR"] = f".cache/torch_extensions/{version}"
source = Path(os.environ["TORCH_EXTENSIONS_DIR"], "answer.cpp")
source.parent.mkdir(parents=True, exist_ok=True)
code = 'extern "C" int answer() { return 42; }\n'
if not source.exists() or source.read_text() != code:
    source.write_text(code)  # rewritten, it would be compiled again
library = cpp_extension.load("b_locked", [str(source)], is_python_module=False)
lock = Path(library).parent / "lock"
print("built:", os.path.relpath(library, os.environ["TORCH_EXTENSIONS_DIR"]))
print("lock file there after load() returned:", lock.exists())

# what a build killed outright (kill -9, the OOM killer, a job scheduler)
# leaves behind
lock.touch()
loading = threading.Thread(target=cpp_extension.load, daemon=True,
                           args=("b_locked", [str(source)]),
                           kwargs={"is_python_module": False})
loading.start()
loading.join(timeout=1)
print("load() still waiting after 1 s:", loading.is_alive())
lock.unlink()  # the fix: delete the lock file (or the whole folder)
loading.join()
print("after deleting", lock.relative_to(os.environ["TORCH_EXTENSIONS_DIR"]),
      "load() returned:", not loading.is_alive())
