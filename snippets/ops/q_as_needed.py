# A C++ program linked against a library of operators, none of whose functions
# it calls: with --as-needed the linker drops the library, so its TORCH_LIBRARY
# blocks never run.
import os
import runpy
import subprocess
import tempfile
from pathlib import Path

library = Path(runpy.run_path("snippets/ops/extensions.py")["load_myops"]())
with tempfile.TemporaryDirectory() as tmp:
    main = Path(tmp, "main.cpp")
    # like a program that only runs a model
    main.write_text("int main() { return 0; }\n")
    for flag in ("--as-needed", "--no-as-needed"):
        program = Path(tmp, "program")
        subprocess.run(["c++", str(main), "-o", str(program), f"-Wl,{flag}",
                        f"-L{library.parent}", f"-l:{library.name}",
                        "-Wl,--unresolved-symbols=ignore-in-shared-libs"],
                       check=True)
        dynamic = subprocess.run(["readelf", "-d", str(program)],
                                 capture_output=True, text=True,
                                 env={**os.environ, "LC_ALL": "C"}).stdout
        needed = [line.split("[")[1].rstrip("]")
                  for line in dynamic.splitlines() if "(NEEDED)" in line]
        print(f"-Wl,{flag}: the program needs", needed)
