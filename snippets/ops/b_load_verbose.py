# terminal: builds in a new folder with ninja and c++, which a kernel may lack
# What load() does, step by step. verbose=True lets ninja print the
# compiler's command lines, and makes load() log its own steps at INFO and
# DEBUG.
# --8<-- [start:setup]
import logging
import os
import sys
import sysconfig
import tempfile
from pathlib import Path

import torch

# a CUDA build of torch without a GPU warns "No CUDA runtime is found" as
# cpp_extension is imported, where it finds a CUDA toolkit: not shown here
logging.getLogger("torch.utils.cpp_extension").setLevel(logging.ERROR)
from torch.utils import cpp_extension

work = tempfile.mkdtemp()  # a new folder each run, so ninja has work to do
source = Path(work, "answer.cpp")
source.write_text('extern "C" int answer() { return 42; }\n')
os.environ["TORCH_EXTENSIONS_DIR"] = os.path.join(work, "extensions")


def load_and_show(name):
    """load(), with absolute paths shown as placeholders."""
    with tempfile.TemporaryFile() as captured:  # ninja writes to descriptor 1
        sys.stdout.flush()
        saved = os.dup(1)
        os.dup2(captured.fileno(), 1)
        try:
            library = cpp_extension.load(name, [str(source)],
                                         is_python_module=False, verbose=True)
        finally:
            sys.stdout.flush()
            os.dup2(saved, 1)
        captured.seek(0)
        text = captured.read().decode() + f"load() returned {library}\n"
    for path, placeholder in ((work, "<work>"),
                              (sysconfig.get_paths()["include"], "<python>"),
                              (os.path.dirname(torch.__file__), "<torch>")):
        text = text.replace(path, placeholder)
    print(text, end="")
# --8<-- [end:setup]


# --8<-- [start:verbose]
load_and_show("answer")
# --8<-- [end:verbose]
# --8<-- [start:logged]
log = logging.getLogger("torch.utils.cpp_extension")
log.setLevel(logging.DEBUG)  # torch's loggers show WARNING and above
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log.addHandler(handler)
log.propagate = False  # only this handler, not torch's own on stderr
logged = []  # every record load() logs, counted
log.addFilter(lambda record: logged.append(record) or True)
cpp_extension.load("answer_quiet", [str(source)], is_python_module=False)
print("records logged by load() with verbose=False:", len(logged))
load_and_show("answer_logged")
# --8<-- [end:logged]
# --8<-- [start:root]
# without TORCH_EXTENSIONS_DIR: a folder per Python and accelerator
del os.environ["TORCH_EXTENSIONS_DIR"]
os.environ.pop("XDG_CACHE_HOME", None)  # else the root is under it
folder = cpp_extension._get_build_directory("answer", verbose=False)
print(folder.replace(os.path.expanduser("~"), "~"))
# --8<-- [end:root]
