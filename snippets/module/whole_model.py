# The helper three of this page's whole-model scripts (attached_method,
# flops_counter, state_dict_no_call) load with runpy.run_path.
# trained() writes a small project into a new temporary folder and runs its
# train.py in a fresh Python, which saves the files; forget() removes it.
# refused() shortens the error the default torch.load gives for such a file.
# salvage is a pickle module for torch.load whose failed lookups give None.
import importlib
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import types


def trained(nets, train):
    """Write `nets` and `train` as nets.py and train.py into a new folder, run
    train.py there, then import nets from it here; return the folder, what
    train.py printed, and the module."""
    folder = tempfile.mkdtemp()
    for name, text in (("nets.py", nets), ("train.py", train)):
        with open(os.path.join(folder, name), "w") as f:
            f.write(text)
    run = subprocess.run([sys.executable, "train.py"], cwd=folder,
                         check=True, capture_output=True, text=True)
    sys.path.insert(0, folder)       # the loading side imports nets too
    return folder, run.stdout, importlib.import_module("nets")


def forget(folder):
    """Leave nothing behind: the folder, its place on sys.path, nets."""
    sys.path.remove(folder)
    del sys.modules["nets"]
    shutil.rmtree(folder)


def refused(error):
    """The first sentence of weights_only's UnpicklingError, and the global
    its 'Unsupported global' line names."""
    message = str(error).replace("\x1b[1m", "").replace("\x1b[0m", "")
    line = [line for line in message.splitlines() if "Unsupported" in line][0]
    return message.split(".")[0] + ".", line.strip().split(" was not")[0]


class Salvage(pickle.Unpickler):
    def find_class(self, module, name):
        if name == "getattr" and module in ("builtins", "__builtin__"):
            return lambda obj, attr: getattr(obj, attr, None)
        return super().find_class(module, name)


salvage = types.SimpleNamespace(Unpickler=Salvage, load=pickle.load,
                                __name__="salvage")
