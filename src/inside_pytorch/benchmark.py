"""Measure what the doc-test pass costs against its budget, and what the site weighs.

    make bench        (or: .venv/bin/python -m inside_pytorch.benchmark)

Budget (issue 2): the doc-test pass takes no more than about 1.5x (one `import torch` + the
snippets' own run time). Prints figures; asserts nothing, so it is not a timed test. Run it on a green tree.
"""

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from inside_pytorch.commands import command_for
from inside_pytorch.layout import ROOT, rel, snippet_scripts
from inside_pytorch.recording import Runner


def timed(argv, stdin=None):
    start = time.perf_counter()
    with open(ROOT / stdin if stdin else "/dev/null") as typed:
        subprocess.run(argv, cwd=ROOT, stdin=typed, capture_output=True)
    return time.perf_counter() - start


def main():
    python = sys.executable
    scripts = snippet_scripts()
    import_torch = statistics.median(timed([python, "-c", "import torch"]) for _ in range(3))

    runner = Runner()
    runner.run(command_for(scripts[0]))  # warm up: the runner's own import of torch
    own = {}
    for script in scripts:
        start = time.perf_counter()
        runner.run(command_for(script))
        own[rel(script)] = time.perf_counter() - start
    runner.close()
    own_total = sum(own.values())

    naive = sum(timed([python, *c["argv"][1:]], c.get("stdin"))
                for c in map(command_for, scripts))
    doc_pass = timed([python, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                      "tests/test_snippets.py"])

    with tempfile.TemporaryDirectory() as site:
        build = timed([python, "-m", "mkdocs", "build", "--strict", "-q", "-d", site])
        pages = sorted(Path(site).rglob("*.html"))
        sizes = {p.relative_to(site).as_posix(): p.stat().st_size for p in pages}

    print(f"snippets:                         {len(scripts)}")
    print(f"import torch (median of 3):       {import_torch:6.2f} s")
    print(f"snippets' own run time (summed):  {own_total:6.2f} s")
    print(f"budget, 1.5 x (import + own):     {1.5 * (import_torch + own_total):6.2f} s")
    print(f"doc-test pass (pytest, measured): {doc_pass:6.2f} s   "
          f"= {doc_pass / (import_torch + own_total):.2f} x (import + own)")
    print(f"same snippets, python per file:   {naive:6.2f} s   (what the runner saves)")
    print(f"mkdocs build --strict:            {build:6.2f} s")
    print("slowest snippets:")
    for name, seconds in sorted(own.items(), key=lambda kv: -kv[1])[:5]:
        print(f"  {seconds:6.2f} s  {name}")
    print("built pages (KiB of HTML):")
    for name, size in sizes.items():
        print(f"  {size / 1024:7.1f}  {name}")


if __name__ == "__main__":
    main()
