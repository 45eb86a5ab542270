# `import torch` takes the first `torch` on sys.path, and sys.path starts with
# the script's folder (or the current folder for -c and the REPL): a folder
# or file named torch there hides the installed torch.
import os
import subprocess
import sys
import sysconfig
import tempfile

check = ("import torch\n"
         "print('  torch.__file__:', torch.__file__)\n"
         "print('  its names:', [n for n in dir(torch)][:6])\n"
         "try:\n"
         "    torch._C\n"
         "except AttributeError as e:\n"
         "    print('  AttributeError:', e)\n"
         "else:\n"
         "    print('  torch._C found')\n")
with tempfile.TemporaryDirectory() as project:
    def run(title):
        print(title)
        result = subprocess.run([sys.executable, "-c", check], cwd=project,
                                capture_output=True, text=True)
        site = sysconfig.get_paths()["purelib"]
        print(result.stdout.replace(project, "<project>")
              .replace(site, "<site-packages>"), end="")

    os.mkdir(os.path.join(project, "torch"))  # e.g. a folder of checkpoints
    run("an empty folder named torch in the current folder:")
    with open(os.path.join(project, "torch", "__init__.py"), "w"):
        pass
    run("the same folder with an __init__.py:")
    os.rename(os.path.join(project, "torch"), os.path.join(project, "weights"))
    run("renamed (the fix):")
    with open(os.path.join(project, "torch.py"), "w"):
        pass
    run("a file torch.py in the current folder:")
