import contextlib
import glob
import importlib
import io
import logging
import os
import re
import subprocess
import sys
import tempfile

import torch
import torch._dynamo.config as dynamo_config
from torch._dynamo.repro.after_dynamo import backend_fails  # private

dynamo_log = logging.getLogger("torch._dynamo")
log_level = dynamo_log.level
dynamo_log.setLevel(logging.ERROR)  # quiet logs
tmp = tempfile.mkdtemp()
BACKEND = '''import torch
from torch._dynamo import register_backend

@register_backend
def relu_fails(gm, example_inputs):  # a backend with a bug: no relu
    for node in gm.graph.nodes:
        if node.target is torch.relu:
            raise RuntimeError("relu_fails cannot compile relu")
    return gm
'''
with open(os.path.join(tmp, "my_backend.py"), "w") as file:
    file.write(BACKEND)
sys.path.insert(0, tmp)
relu_fails = importlib.import_module("my_backend").relu_fails


def f(x):
    return torch.relu(x * 2) + 1


# 1. Turn the minifier on (or TORCHDYNAMO_REPRO_AFTER=dynamo) and fail
debug_dir = os.path.join(tmp, "torch_compile_debug")
with dynamo_config.patch(repro_after="dynamo", debug_dir_root=debug_dir):
    print("repro_level:", dynamo_config.repro_level)
    try:
        torch.compile(f, backend=relu_fails)(torch.randn(4))
    except Exception as e:
        print(f"{type(e).__name__}: {str(e).splitlines()[1]}")
launcher, = glob.glob(f"{tmp}/torch_compile_debug/*/minifier/*.py")
shown = re.sub(r"run_[\d_]+-pid_\d+", "run_<date>-pid_<pid>",
               os.path.relpath(launcher, tmp))
print("written:", shown)
with open(launcher) as file:
    source = file.read()
print(re.search(r"backend='\w+'", source).group())


# 2. Run the launcher: a new process, where relu_fails is not registered
def run(script):
    env = dict(os.environ, PYTHONPATH=tmp)  # my_backend importable
    return subprocess.run([sys.executable, script], cwd=tmp, env=env,
                          text=True, capture_output=True)


result = run(launcher)
print("launcher:", [line for line in result.stderr.splitlines()
                    if line.startswith("InvalidBackend")][0])

# 3. Fix: import the module that registers the backend, run it again
with open(launcher, "w") as file:
    file.write("import my_backend  # registers relu_fails\n" + source)
result = run(launcher)
print("fixed launcher, exit code", result.returncode)
for line in (result.stdout + result.stderr).splitlines():
    if line.startswith(("Started off", "Made ", "Wrote ")):
        print(" ", line)
with open(os.path.join(tmp, "repro.py")) as file:
    repro = file.read()
forward = repro[repro.index("def forward"):repro.index("mod = Repro")]
print(forward.rstrip())

# 4. "Still fails" means: fails, and with a message like the original's
original = "relu_fails cannot compile relu"
x = torch.randn(4)
cases = {"relu(x * 2) + 1": f,
         "x * 2 + 1": lambda x: x * 2 + 1,
         "relu(x.view(3, 2))": lambda x: torch.relu(x.view(3, 2))}
for name, fn in cases.items():
    gm = torch.fx.symbolic_trace(fn)
    with contextlib.redirect_stderr(io.StringIO()):  # FX prints the error
        fails = backend_fails(gm, [x], relu_fails, original)
    print(f"{name:20} still fails: {fails}")
try:
    torch.relu(x.view(3, 2))
except RuntimeError as e:
    print(f"relu(x.view(3, 2)) raises {type(e).__name__}: {e}")
dynamo_log.setLevel(log_level)  # the settings above end with this script
