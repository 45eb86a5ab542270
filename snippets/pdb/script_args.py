# terminal: it starts itself under pdb, as a file, which a cell is not
# pythons: 3.11 3.12 3.13
# Do the arguments after the script's name reach the script under pdb?
# This file starts itself under `python -m pdb` with arguments, without
# and with `--` before its name, and prints what arrived.
import platform
import subprocess
import sys

if sys.argv[1:]:  # started under pdb, with arguments: show them
    print("  the script got", sys.argv[1:])
else:
    print("Python", platform.python_version())
    for dashes in ([], ["--"]):
        command = ["python", "-m", "pdb", "-c", "continue", *dashes,
                   sys.argv[0], "MODEL_DIR", "--outfile", "m.gguf"]
        print("$", " ".join(command))
        run = subprocess.run([sys.executable, *command[1:]], text=True,
                             capture_output=True, stdin=subprocess.DEVNULL)
        for line in (run.stdout + run.stderr).splitlines():
            # what the script printed, or pdb's error; not pdb's stops
            if line.startswith(("  the script got", "pdb: error")):
                print(line)
        print("  exit code", run.returncode)
