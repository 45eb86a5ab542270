"""Running a snippet as it is recorded: the client of runner.py, and the one environment and
the one path rewriting every recorded output goes through; the other Pythons a torch-free
session is replayed under.
"""

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import yaml

from inside_pytorch.layout import ROOT, rel

RUNNER = Path(__file__).with_name("runner.py")  # started by path: it imports no package

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"


def workflow_pythons():
    """{"3.12": "3.12.1", ...}: the exact Python releases the Pages workflow installs (its
    setup-python steps), which are the ones the outputs were recorded with."""
    found = {}
    for job in yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"].values():
        for step in job.get("steps", []):
            if str(step.get("uses", "")).startswith("actions/setup-python@"):
                for release in str(step["with"]["python-version"]).split():
                    found.setdefault(release.rpartition(".")[0], release)
    return found


def python_release(candidate):
    """The full version ("3.13.0") of an interpreter, or None if it does not run."""
    ran = subprocess.run([candidate, "-c", "import platform; print(platform.python_version())"],
                         capture_output=True, text=True)
    return ran.stdout.strip() if ran.returncode == 0 else None


def find_python(version):
    """An interpreter of exactly the release of Python `version` ("3.12") that the Pages
    workflow installs (workflow_pythons(): a newer patch release may print other pdb line
    numbers), or None. `python3.12` on PATH (what actions/setup-python installs), else pyenv's
    under $PYENV_ROOT (~/.pyenv). Each candidate is asked its version: a pyenv shim on PATH
    may run another Python."""
    release = workflow_pythons().get(version)
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    for candidate in [shutil.which(f"python{version}"), pyenv / release / "bin" / "python"
                      if release else None]:
        if candidate and Path(candidate).exists() and python_release(str(candidate)) == release:
            return str(candidate)
    return None


def normalise(text, paths=None):
    """Make a transcript independent of where things are installed.

    The one place absolute paths are rewritten: site-packages becomes `<site-packages>`, the
    standard library `<stdlib>`, and the repository root is dropped (repo-relative paths).
    `paths` is the sysconfig.get_paths() of the interpreter that printed the text (another
    Python has its own standard library); this process's by default.
    """
    paths = paths or sysconfig.get_paths()
    for path, name in ((paths["purelib"], "<site-packages>"),
                       (paths["stdlib"], "<stdlib>"),
                       (str(ROOT), ".")):
        text = text.replace(path + "/", name + "/" if name != "." else "")
    return text


def recording_env():
    """The environment every snippet is recorded and checked in: this one, minus what makes
    tools print differently on a CI machine (pytest does not shorten its summary lines when
    `CI` or `BUILD_NUMBER` is set) and what the test run sets for a pytest inside it
    (PYTEST_ADDOPTS, pytest-xdist's PYTEST_XDIST_WORKER...: a snippet that runs pytest would
    obey them), with the 80 columns a terminal-less run falls back to."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("CI", "BUILD_NUMBER") and not k.startswith("PYTEST_")}
    env["COLUMNS"] = "80"
    return env


class Runner:
    """Client of runner.py: one process that imports torch once and forks per snippet.

    `python` is the interpreter to run it with: this one by default, or another venv's (a
    second torch) or another Python's (torch-free sessions; the runner then imports no torch).
    """

    def __init__(self, python=sys.executable):
        self.paths = None if str(python) == sys.executable else json.loads(subprocess.run(
            [str(python), "-c", "import json, sysconfig; print(json.dumps(sysconfig.get_paths()))"],
            check=True, capture_output=True, text=True).stdout)  # what normalise() rewrites
        self.proc = subprocess.Popen([str(python), str(RUNNER)],
                                     cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     text=True, encoding="utf-8", env=recording_env())

    def run(self, request):
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        reply = self.proc.stdout.readline()
        if not reply:
            raise RuntimeError(f"{rel(RUNNER)} died; run `python {rel(RUNNER)}` to see why")
        result = json.loads(reply)
        result["stdout"] = normalise(result["stdout"], self.paths)
        result["stderr"] = normalise(result["stderr"], self.paths)
        return result

    def close(self):
        self.proc.kill()  # nothing to flush; a clean interpreter exit with torch takes ~1 s
        self.proc.wait()
