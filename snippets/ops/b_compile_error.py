# terminal: builds with ninja and c++, which a kernel may lack
# A source that does not compile: load() raises RuntimeError, and the
# compiler's own message is inside the exception's text, after ninja's.
# --8<-- [start:build]
import logging
import os
import re
from pathlib import Path

import torch

# a CUDA build of torch without a GPU warns "No CUDA runtime is found" as
# cpp_extension is imported, where it finds a CUDA toolkit: not shown here
logging.getLogger("torch.utils.cpp_extension").setLevel(logging.ERROR)
from torch.utils import cpp_extension

os.environ["LC_ALL"] = "C"  # the compiler's messages in English, plain quotes
# successful builds are kept in a folder of the repository, per torch
version = torch.__version__
os.environ["TORCH_EXTENSIONS_DIR"] = f".cache/torch_extensions/{version}"
source = Path(os.environ["TORCH_EXTENSIONS_DIR"], "broken.cpp")
source.parent.mkdir(parents=True, exist_ok=True)
source.write_text("int broken() {\n    return undeclared_name;\n}\n")
try:
    cpp_extension.load("b_broken", [str(source)], is_python_module=False)
except RuntimeError as e:
    message = str(e)
print("RuntimeError:", message[:message.index(":") + 1], "[1/2] c++ ...")
# --8<-- [end:build]
# --8<-- [start:find]
print("its lines that say error or warning:")
for line in message.splitlines():
    if re.search(r"\b(error|warning)\b", line):
        line = line.replace(str(source.resolve().parent) + os.sep, "")
        print("  " + line[:76] + (" ..." if len(line) > 76 else ""))
# --8<-- [end:find]
