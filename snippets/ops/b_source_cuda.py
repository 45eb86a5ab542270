# The lines of torch/utils/cpp_extension.py that decide where nvcc is
# looked for and which GPU architectures a CUDA extension is built for,
# read from the installed torch with their line numbers.
# --8<-- [start:show]
import runpy

show = runpy.run_path("snippets/ops/torch_source.py")["show"]
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
# --8<-- [start:gendeps]
show("utils/cpp_extension.py",
     ("cuda_compile_rule = ['rule cuda_compile']",
      "command = $nvcc {nvcc_gendeps}"))
# --8<-- [end:gendeps]
