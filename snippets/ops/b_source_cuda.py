# The lines of torch/utils/cpp_extension.py that decide where nvcc is
# looked for and which GPU architectures a CUDA extension is built for,
# read from the installed torch with their line numbers.
# --8<-- [start:show]
import os

import torch

site_packages = os.path.dirname(os.path.dirname(torch.__file__))


def show(file, *ranges):
    """Print lines of a torch file under the file's name: for each range,
    from the next line containing its first text to the next line containing
    its second."""
    path = os.path.join(os.path.dirname(torch.__file__), file)
    lines = open(path, encoding="utf-8").read().splitlines()
    print(f"# {os.path.relpath(path, site_packages)}")
    end = -1
    for first, last in ranges:
        start = next(i for i in range(end + 1, len(lines))
                     if first in lines[i])
        end = next(i for i in range(start, len(lines)) if last in lines[i])
        for i in range(start, end + 1):
            print(f"{i + 1:4}  {lines[i]}")
# --8<-- [end:show]
# --8<-- [start:cuda_home]
show("utils/cpp_extension.py",
     ("def _find_cuda_home", "return cuda_home"),
     ("CUDA_HOME = _find_cuda_home()", "CUDA_HOME = _find_cuda_home()"),
     ("if \"PYTORCH_NVCC\" in os.environ:",
      "nvcc = _join_cuda_home('bin', 'nvcc')"))
# --8<-- [end:cuda_home]
# --8<-- [start:join]
show("utils/cpp_extension.py",
     ("def _join_cuda_home", "'Please set it to your CUDA install root.')"),
     ("    return os.path.join(CUDA_HOME, *paths)", "return os.path"))
# --8<-- [end:join]
# --8<-- [start:arch]
show("utils/cpp_extension.py",
     ("_arch_list = os.environ.get('TORCH_CUDA_ARCH_LIST'", "_arch_list = os"),
     ("if not _arch_list or _arch_list == \"native\"", "\"native\""),
     ("for i in range(torch.cuda.device_count())", "range(torch.cuda.device"),
     ("supported_sm = [int(", "capability = min(max_supported_sm"),
     ("arch_list = sorted(arch_list)", "arch_list[-1] += '+PTX'"),
     ("logger.debug(", "for visible GPU architectures. Set"),
     ("    for arch in arch_list:", "code=compute_{num}')"))
# --8<-- [end:arch]
