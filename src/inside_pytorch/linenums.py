"""Scripts numbered where a page names their lines, and the lines a session stops at marked.

A debugger session says where it is by line: `> snippets/pdb/x.py(14)<module>()` at each stop,
`Breakpoint 1 at snippets/pdb/x.py:14`, a traceback's `File "snippets/pdb/x.py", line 14`. Its
MkDocs events (hooks/linenums.py, under `hooks:` in mkdocs.yml) give the script blocks such a
page shows pymdownx.highlight's own line numbers and highlighted lines, by adding `linenums` and
`hl_lines` to the block's fence as the page is built; the pages hold no number.

- Which blocks: every `python` block on the pages of the chapters in NUMBERED (the debugging
  chapter, whose commands take line numbers), and, on any page, every block of a script that a
  recorded output shown by some page names a line of (lines_named()).
- Which numbers: the file's own, as an editor and pdb count them. pymdownx.snippets leaves
  out section marker lines (`# --8<-- [start:name]`, `# --8<-- [end:name]`), but they are
  lines of the file, so a block showing a section starts at its start marker's line + 1. Such
  a block must show a run of the file's lines without a gap: a whole file with marker lines, or
  a section with another section's markers inside it, would be numbered wrong after the first
  line the snippets extension drops, and fails the build instead (shown_lines()).
- Which lines are highlighted: those where a session shown on the same page stops in the
  script: each `> FILE(LINE)` line pdb (or ipdb) prints, and each `Breakpoint N at FILE:LINE`
  (the line pdb reports for a breakpoint), from every recorded output the page includes, with
  its variants (`.torch-2.14.1.out`, `.python-3.13.out`), which the page shows too. A stop in
  a script the page shows, at a line none of its blocks shows, fails the build.

The numbers are drawn by mkdocs.yml's `linenums_style: pymdownx-inline`: each line starts
with an empty `<span class="linenos" data-linenos="14 ">` whose number Material's CSS draws,
so copying the block, with its button or by selecting it, copies the code without numbers.
tests/test_site.py checks each stop against the built HTML.
"""

import logging
import re

from inside_pytorch.layout import ROOT
from inside_pytorch.outputs import VARIANT_OUT, output_sections, without_marks
from inside_pytorch.pages import read

log = logging.getLogger("mkdocs.hooks.linenums")

NUMBERED = {"pdb"}  # chapters whose every script block is numbered
STYLE = "pymdownx-inline"

# Where a recorded output says a session stops: pdb's `> FILE(LINE)FUNCTION()` (after any
# prompts on the same line: a prompt that read no command), and the line a breakpoint is set at.
STOP = re.compile(r"^(?:\(Pdb\) |ipdb> )*> (?P<path>[^\s()]+\.py)\((?P<line>[0-9]+)\)", re.M)
BREAK = re.compile(r"^Breakpoint [0-9]+ at (?P<path>[^\s:]+\.py):(?P<line>[0-9]+)$", re.M)
# Other places an output names a line of a file: tracebacks (Python's, IPython's), `w`'s frames.
NAMED = re.compile(r'File "(?P<a>[^"]+\.py)", line (?P<al>[0-9]+)'
                   r"|File (?P<b>[^\s\"]+\.py):(?P<bl>[0-9]+)"
                   r"|^[ >]*(?P<c>[^\s()]+\.py)\((?P<cl>[0-9]+)\)", re.M)
# A pymdownx.snippets section marker in a script, as the extension reads it.
MARKER = re.compile(r"-{1,}8<-{1,}[ \t]+\[[ \t]*(?P<kind>start|end)[ \t]*:[ \t]*"
                    r"(?P<name>[a-z][-_0-9a-z]*)[ \t]*\]", re.I)


def _script(name, output, root=ROOT):
    """The repository path of a script an output names, or None: a path relative to the
    repository (how recordings name them), or a bare name beside the output (a script that
    prints its own traceback with the file's name only)."""
    root = root.resolve()
    for candidate in (root / name, (root / output).parent / name):
        if candidate.is_file() and candidate.resolve().is_relative_to(root / "snippets"):
            return candidate.resolve().relative_to(root).as_posix()
    return None


def _texts(path, section, root=ROOT):
    """The text of an included output, and of each of its variants beside it."""
    out = root / path
    found = [out] + sorted(p for p in out.parent.glob(f"{out.stem}.*.out")
                           if (m := VARIANT_OUT.match(p.name)) and m["stem"] == out.stem)
    texts = []
    for p in found:
        if p.is_file():
            text = p.read_text(encoding="utf-8")
            texts.append(output_sections(text).get(section, "") if section else without_marks(text))
    return texts


def stops(text, output, root=ROOT):
    """{script: {line}} where a recorded output's sessions stop, scripts of the repository only."""
    found = {}
    for m in [*STOP.finditer(text), *BREAK.finditer(text)]:
        script = _script(m["path"], output, root)
        if script:
            found.setdefault(script, set()).add(int(m["line"]))
    return found


def lines_named(text, output, root=ROOT):
    """{script} whose lines a recorded output names (stops, breakpoints, tracebacks)."""
    found = set(stops(text, output, root))
    for m in NAMED.finditer(text):
        script = _script(m["a"] or m["b"] or m["c"], output, root)
        if script:
            found.add(script)
    return found


def shown_lines(script, section, root=ROOT):
    """(first, last) file line numbers (from 1) that a block including `script` (and
    `section`) shows, or a one-line reason it cannot be numbered as the file is."""
    lines = (root / script).read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    marks = [(n + 1, m["kind"].lower(), m["name"]) for n, line in enumerate(lines)
             if "8<-" in line and (m := MARKER.search(line))]
    if section is None:
        first, last = 1, len(lines)
    else:
        start = next((n for n, kind, name in marks if kind == "start" and name == section), None)
        if start is None:
            return f"{script} has no section {section!r}"
        end = next((n for n, kind, name in marks
                    if n > start and kind == "end" and name == section), len(lines) + 1)
        first, last = start + 1, end - 1
    inside = [n for n, _, _ in marks if first <= n <= last]
    if inside:
        what = f"its section {section!r}" if section else "the whole file"
        return (f"{script}: {what} holds a section marker at line {inside[0]}, which "
                f"pymdownx.snippets leaves out, so the numbers shown after it would not be the "
                f"file's; show a part without markers (a section of its own)")
    return first, last


def page_outputs(blocks):
    """[(output path, section)] a page's blocks include."""
    return [(path, section) for b in blocks for _, path, section in b.includes
            if path.endswith(".out")]


# -- MkDocs events ---------------------------------------------------------------------------

_state = {}


def on_config(config):
    style = config["mdx_configs"].get("pymdownx.highlight", {}).get("linenums_style")
    if style != STYLE:
        raise SystemExit(f"hooks/linenums.py numbers scripts with pymdownx.highlight's "
                         f"linenums_style {STYLE!r}, which keeps the numbers out of what a reader "
                         f"copies: mkdocs.yml sets {style!r}; set `linenums_style: {STYLE}`")


def on_files(files, config):
    """Every script whose lines some output shown on some page names."""
    named = set()
    for file in files.documentation_pages():
        if file.src_uri.endswith(".md"):
            blocks, _ = read(file.content_string.split("\n"))
            for path, section in page_outputs(blocks):
                for text in _texts(path, section):
                    named |= lines_named(text, path)
    _state["named"] = named
    return files


def number(markdown_text, src_uri, named, root=ROOT):
    """A page's Markdown with `linenums` and `hl_lines` on the fences of the scripts it must
    number (the module's docstring says which), and [problem] for the build to report."""
    lines = markdown_text.split("\n")
    blocks, _ = read(lines)
    chapter = src_uri.split("/")[0].removesuffix(".md")
    where = {}  # script -> [(block, first, last)]
    problems = []
    for b in blocks:
        if b.info is None or not b.info.split(" ")[0] == "python" or len(b.includes) != 1:
            continue
        _, script, section = b.includes[0]
        if chapter not in NUMBERED and script not in named:
            continue
        if re.search(r"\b(?:linenums|hl_lines)=", b.info):
            problems.append(f"{src_uri}: the block of {script} sets its own linenums or hl_lines; "
                            f"leave them out: hooks/linenums.py derives both from the files")
            continue
        span = shown_lines(script, section, root)
        if isinstance(span, str):
            problems.append(f"{src_uri}: {span}")
            continue
        where.setdefault(script, []).append((b, *span))
    marked = {}  # block start -> [file line numbers]
    for path, section in page_outputs(blocks):
        for text in _texts(path, section, root):
            for script, numbers in stops(text, path, root).items():
                for n in sorted(numbers):
                    shown = [b for b, first, last in where.get(script, []) if first <= n <= last]
                    if script in where and not shown:
                        problems.append(f"{src_uri}: {path} stops at {script}:{n}, a line no block "
                                        f"of the page shows; include the part of {script} "
                                        f"that holds it")
                    for b in shown:
                        marked.setdefault(b.start, set()).add(n)
    for blocks_of in where.values():
        for b, first, _ in blocks_of:
            attrs = f' linenums="{first}"'
            if marked.get(b.start):  # hl_lines counts the block's lines, from 1
                shown = " ".join(str(n - first + 1) for n in sorted(marked[b.start]))
                attrs += f' hl_lines="{shown}"'
            lines[b.start] = lines[b.start].rstrip() + attrs
    return "\n".join(lines), problems


def on_page_markdown(markdown_text, page, config, files):
    if not page.file.src_uri.endswith(".md"):
        return markdown_text
    text, problems = number(markdown_text, page.file.src_uri, _state.get("named", set()))
    for problem in problems:
        log.warning(problem)
    return text
