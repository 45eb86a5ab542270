# terminal: it starts Pythons of its own, with LD_DEBUG and under gdb
# Which copies of the native libraries `import torch` loads, from where, and
# who asked for them: faulthandler, LD_DEBUG=files, /proc/self/maps, gdb's
# catch load, bt and info sharedlibrary; then two ways another copy wins (a
# copy loaded first, a folder on LD_LIBRARY_PATH); then pip's file list
# against the files on disk.
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from importlib import metadata

import torch

TORCH = os.path.dirname(torch.__file__)
TMP = tempfile.mkdtemp()
NAMES = ("libgomp", "libstdc++", "libc10.so", "libtorch_cpu.so")
MAPS = ("import torch\n"
        "for path in sorted({l.split()[-1] for l in open('/proc/self/maps')"
        " if '.so' in l}):\n"
        "    print(path)\n")


def short(text):
    """Folders as names: <torch> for the wheel's torch/, <site-packages> for
    the folder of the other packages, <system> for the distribution's
    library folder, <tmp> for a temporary one."""
    site = os.path.dirname(TORCH)
    for folder, name in ((os.path.realpath(TORCH), "<torch>"),
                         (TORCH, "<torch>"), (TMP, "<tmp>"),
                         (os.path.realpath(site), "<site-packages>"),
                         (site, "<site-packages>")):
        text = text.replace(folder, name)
    return re.sub(r"(/usr)?/lib/x86_64-linux-gnu", "<system>", text)


def python(code, env=(), argv=()):
    return subprocess.run([sys.executable, *argv, "-c", code],
                          env=dict(os.environ, **dict(env)),
                          capture_output=True, text=True)


def loaded(env=(), first=""):
    """The files of NAMES mapped into a process that ran `first`, then
    `import torch`."""
    done = python(first + MAPS, env)
    assert done.returncode == 0, done.stderr
    return sorted(short(p) for p in done.stdout.split()  # sorted as shown
                  if os.path.basename(p).startswith(NAMES))


done = python("import torch", argv=["-X", "faulthandler"])
print(f"$ python -X faulthandler -c 'import torch': exit status "
      f"{done.returncode}, {len(done.stderr)} characters on standard error")

print("$ LD_DEBUG=files python -c 'import torch'  # who needs each library")
done = python("import torch", {"LD_DEBUG": "files"})
seen = set()
for line in done.stderr.splitlines():
    hit = re.search(r"file=(\S+) \[0\];\s+needed by (\S+)", line)
    if hit and hit[1].startswith(NAMES) and hit[1] not in seen:
        seen.add(hit[1])
        print(f"  {hit[1]:<16} needed by {short(hit[2])}")

print("$ python -c 'import torch; print the .so files of /proc/self/maps'")
for path in loaded():
    print("  " + path)

print("$ gdb -ex 'catch load libgomp' -ex run -ex bt "
      "-ex 'info sharedlibrary gomp' --args python -c 'import torch'")
gdb = subprocess.run(
    ["gdb", "-q", "-batch", "-iex", "set auto-load python-scripts off",
     "-ex", "catch load libgomp", "-ex", "run", "-ex", "bt",
     "-ex", "info sharedlibrary gomp",
     "--args", sys.executable, "-c", "import torch"],
    stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
for line in gdb.stdout.splitlines():
    frame = re.match(r"(#\d+) +(?:0x[0-9a-f]+ in )?(\w+) \((.*)", line)
    if frame and frame[2] in ("_dl_open", "___dlopen", "py_dl_open"):
        file = re.search(r'file=0x[0-9a-f]+ "([^"]+)"', frame[3])
        print(f"  bt: {frame[1]:<4}{frame[2]}"
              + (f' (file="{short(file[1])}")' if file else ""))
    elif re.match(r"0x[0-9a-f]+ +0x[0-9a-f]+ +\S+", line):
        print("  info sharedlibrary: " + short(line.split()[-1]))

print("$ python -c 'ctypes.CDLL(\"<system>/libgomp.so.1\", RTLD_GLOBAL); "
      "import torch'")
system_gomp = "/usr/lib/x86_64-linux-gnu/libgomp.so.1"
first = (f"import ctypes; ctypes.CDLL({system_gomp!r}, ctypes.RTLD_GLOBAL)\n"
         "import torch; assert torch.ones(4, 4).sum().item() == 16\n")
for path in loaded(first=first):
    print("  " + path)

print("$ readelf -d <torch>/lib/libtorch_python.so  # where it looks first")
elf = subprocess.run(["readelf", "-d",
                      os.path.join(TORCH, "lib", "libtorch_python.so")],
                     capture_output=True, text=True).stdout
print("  " + re.search(r"\((RUNPATH|RPATH)\).*", elf)[0])

print("$ LD_LIBRARY_PATH=<tmp> python -c 'import torch'  "
      "# <tmp> holds a copy of libc10.so")
shutil.copy(os.path.join(TORCH, "lib", "libc10.so"), TMP)
for path in loaded({"LD_LIBRARY_PATH": TMP}):
    print("  " + path)

print("$ nm -D --defined-only <torch>/lib/*.so | c++filt | grep std::locale::")
count = 0
for name in sorted(os.listdir(os.path.join(TORCH, "lib"))):
    if name.endswith(".so"):
        nm = subprocess.run(["nm", "-D", "--defined-only", "-C",
                             os.path.join(TORCH, "lib", name)],
                            capture_output=True, text=True).stdout
        count += nm.count("std::locale::")
print(f"  std::locale functions that torch's libraries define: {count}")

print("$ pip show -f torch, against the files on disk under torch/")
site = sysconfig.get_paths()["purelib"]
listed = {os.path.normpath(os.path.join(site, str(f)))
          for f in metadata.files("torch")}
shown = subprocess.run([sys.executable, "-m", "pip", "show", "-f", "torch"],
                       capture_output=True, text=True).stdout
assert len(shown.split("Files:\n")[1].splitlines()) == len(listed)
on_disk = {os.path.join(folder, name)
           for folder, _, names in os.walk(TORCH) for name in names}
# .pyc files are on pip's list only when pip compiled them at install time;
# after an install with --no-compile Python writes them at the first import,
# unlisted: leave __pycache__ out.
extra = sorted(p for p in on_disk - listed if "__pycache__" not in p)
missing = sorted(p for p in listed if p.startswith(TORCH + os.sep)
                 and not os.path.exists(p))
print(f"  files on disk, outside __pycache__, that pip does not list: "
      f"{len(extra)}")
print(f"  files pip lists that are not on disk: {len(missing)}")
shutil.rmtree(TMP)
