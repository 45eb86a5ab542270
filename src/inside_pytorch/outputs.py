"""Recorded outputs: a script's `.out`, its sections, and its variants.

`snippets/<chapter>/<name>.py` prints to standard output; what it prints is recorded beside it
as `<name>.out`. A script cut into pymdownx.snippets sections prints marker lines around what
each section printed (runner.py writes them), so a page can include one section's output.
A recorded output may have variants beside the primary `<name>.out`: `<name>.<variant>.out`,
where the variant names what else ran it: `torch-2.14.1` (that torch's output, stored only
where it differs from the primary torch's) or `python-3.13` (a torch-free session replayed
under that Python).
"""

import re
from pathlib import Path

from inside_pytorch.layout import ROOT

VARIANT_OUT = re.compile(r"^(?P<stem>[^.]+)\.(?P<variant>(?:torch|python)-[0-9]+(?:\.[0-9]+)*)\.out$")


def script_of(path):
    """The script a .out (primary or variant) or .pdb file belongs to."""
    path = Path(path)
    m = VARIANT_OUT.match(path.name)
    return path.with_name(f"{m['stem']}.py") if m else path.with_suffix(".py")


def variant_of(path):
    """`torch-2.14.1`, `python-3.13` or None (the primary output, or not an output)."""
    m = VARIANT_OUT.match(Path(path).name)
    return m["variant"] if m else None


def torch_variants(root=ROOT):
    """{variant path: (version, primary path)} for every second torch's output under
    snippets/, repository-relative paths."""
    found = {}
    for path in sorted((root / "snippets").rglob("*.torch-*.out")):
        m = VARIANT_OUT.match(path.name)
        if m and m["variant"].startswith("torch-"):
            found[path.relative_to(root).as_posix()] = (
                m["variant"][len("torch-"):],
                path.with_name(f"{m['stem']}.out").relative_to(root).as_posix())
    return found


# A script's first or second line: the Pythons a torch-free session is replayed under.
SESSION_PYTHONS = re.compile(r"^# pythons: (?P<versions>[0-9]+\.[0-9]+(?: [0-9]+\.[0-9]+)*)\s*$")


def pythons_of(script):
    """The Python versions a script is replayed under, e.g. ["3.11", "3.12", "3.13"], from a
    line `# pythons: 3.11 3.12 3.13` among its first two; [] when it declares none.

    The first is the primary Python, the one the doc-test pass runs (the venv's): its output
    is `<name>.out`. Every other one's output is `<name>.python-X.Y.out` (variant_of()),
    stored only where it differs from the primary's, so a page shows one block per distinct
    transcript, titled with the Pythons it is from. Such a script must not import torch: other
    Pythons have none (recording.find_python() finds them)."""
    for line in script.read_text(encoding="utf-8").splitlines()[:2]:
        m = SESSION_PYTHONS.match(line)
        if m:
            return m["versions"].split()
    return []


def python_variant(script, version):
    """Where the output of `script` under Python `version` is stored when it differs."""
    return script.with_name(f"{script.stem}.python-{version}.out")


# Section markers in a recorded output (runner.py writes them around what each section of a
# sectioned script printed), as pymdownx.snippets reads them: `--8<-- "x.out:name"` includes
# one section's output, `--8<-- "x.out"` the whole output without the markers.
OUTPUT_MARK = re.compile(r"^--8<-- \[(?P<kind>start|end):(?P<name>[-_0-9a-z]+)\]$")


def output_sections(text):
    """{section name: what it printed} of a recorded output; {} when it has no markers."""
    sections, name = {}, None
    for line in text.splitlines(keepends=True):
        m = OUTPUT_MARK.match(line.rstrip("\n"))
        if m:
            name = m["name"] if m["kind"] == "start" else None
            sections.setdefault(m["name"], "")
        elif name is not None:
            sections[name] += line
    return sections


def without_marks(text):
    """A recorded output as the reader's `python` prints it: the section markers dropped."""
    return "".join(line for line in text.splitlines(keepends=True)
                   if not OUTPUT_MARK.match(line.rstrip("\n")))


def differing_parts(out, variant):
    """[(section, primary's text, variant's text)] of two recorded outputs (paths), for each
    section whose text differs; section None for an output without sections."""
    a, b = ((ROOT / p).read_text(encoding="utf-8") for p in (out, variant))
    sa, sb = output_sections(a), output_sections(b)
    if not sa and not sb:
        return [(None, a, b)] if a != b else []
    return [(name, sa.get(name, ""), sb.get(name, "")) for name in dict.fromkeys([*sa, *sb])
            if sa.get(name) != sb.get(name)]
