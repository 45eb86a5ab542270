# terminal: what it prints names files as a terminal run sees them
# gdb's py-bt, from CPython's gdb extension: the Python lines of a process
# that crashed in native code (CRASH, as in cpp_segfault.py), and of one that
# hangs (HANG, which takes a lock it already holds), attached to by its pid.
import os
import re
import subprocess
import sys

CRASH = """
import ctypes

def read_buffer(address):
    return ctypes.string_at(address)

read_buffer(0)
"""
HANG = """
import threading

lock = threading.Lock()

def take_twice():
    lock.acquire()
    print("holding the lock", flush=True)
    lock.acquire()  # waits for itself: never returns

take_twice()
"""

# pyenv copies CPython's extension beside the interpreter as <binary>-gdb.py;
# Debian's python3.11-dbg puts it under gdb's auto-load folder.
binary = os.path.realpath(sys.executable)
for extension in (binary + "-gdb.py",
                  "/usr/share/gdb/auto-load" + binary + "-gdb.py"):
    if os.path.exists(extension):
        break
print("extension found:", os.path.exists(extension),
      "| its name:", os.path.basename(extension))
GDB = ["gdb", "-q", "-batch", "-iex", "set auto-load python-scripts off",
       "-ex", f"source {extension}"]


def show(session):  # the py-bt lines, with the folders of files shortened
    for line in session.stdout.splitlines():
        if re.match(r"Traceback|  File|    ", line):
            print("  " + re.sub(r'"/\S+/(\w+/__init__\.py)"', r'"<stdlib>/\1"',
                                line))


crash = subprocess.run(
    GDB + ["-ex", "run", "-ex", "py-bt", "--args", sys.executable, "-c",
           CRASH], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    text=True)
print("gdb -ex run -ex py-bt --args python -c CRASH:")
show(crash)

hang = subprocess.Popen([sys.executable, "-c", HANG], stdout=subprocess.PIPE,
                        text=True)
print("HANG:", hang.stdout.readline().strip())
attached = subprocess.run(GDB + ["-p", str(hang.pid), "-ex", "py-bt"],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True)
print("gdb -p <pid> -ex py-bt:")
show(attached)
hang.kill()
hang.wait()
