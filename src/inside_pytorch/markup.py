"""What every built page's HTML gets: recorded outputs marked as outputs, and code blocks with
fewer elements. Called by hooks/outputs.py and hooks/code.py.

A recorded output is a block titled "Output..." or "Session..." on the page (tests/test_pages.py
holds every page to that). mark_outputs() gives each such block the class `output` (and
`session` for a debugger transcript), which docs/assets/reader.css draws differently from code,
joined to the code above it. In a transcript, what the reader types after a `(Pdb) ` or
`ipdb> ` prompt (or `>>> `/`... ` in pdb's `interact`, or IPython's `In [n]: `) is put in a
`<span class="typed">`, so the commands stand out from pdb's replies.

How an output's lines are laid out depends on what it is, so that each reads as what it is:

- **Source** (class `source`): an output that is source code printed from the installed torch
  or Python is a block whose fence names its language (```` ```python title="Output" ````), so
  Pygments highlights it as that language. A script that prints a file's lines prints each
  with its number in the file, as `1971  def __setattr__(...)` (the number right-aligned, two
  spaces, the line as it is in the file), under a line `# <path>` (`// <path>` for C++) naming
  the file from the root of site-packages or of the standard library. The `.out` keeps what the
  script printed; on the page the numbers go into the gutter (Material's `data-linenos`, which
  the copy button leaves out), a jump in them is marked, and the code is highlighted alone.
  tests/test_site.py checks each numbered line against the installed file.
- **Columns** (class `columns`): the lines of a table whose columns are aligned with spaces,
  and in a traceback each line of carets (`^^^^`, Python 3.11+) with the line it points into,
  are each put in a `<span class="cols">`.
- Source, and those lines, scroll sideways rather than wrap: a wrapped line would start again
  at column 0 and break indentation, alignment and carets. Every other line of an output (a
  message, a key and its value) wraps, so the end of a long error message is never out of
  sight.

Pygments puts every token of a code block in a `<span>`. Two kinds carry nothing a reader can
see: `n`, a plain name, which Material draws in the code's own colour
(`--md-code-hl-name-color: var(--md-code-fg-color)`, in both schemes), and `w`, whitespace,
which no rule styles. On a code-heavy page they are about a quarter of all elements, and each
element costs style and layout time when a phone opens the page (`make audit`).
unwrap_plain_spans() unwraps them, on the Markdown pages and the notebook pages alike; text and
colours are unchanged.
"""

import html
import re

from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_by_name

BLOCK = re.compile(r'<div class="(?:language-(?P<lang>[-+\w]+) )?highlight">'
                   r'<span class="filename">(?P<title>(?:Output|Session)[^<]*)</span>'
                   r'<pre>(?P<pre>.*?)</pre></div>', re.S)
PROMPT = re.compile(r"^(?P<prompt>\(Pdb\) |ipdb&gt; |&gt;&gt;&gt; |\.\.\. |In \[[0-9]+\]: )"
                    r"(?P<typed>[^\n<]+)$", re.M)
PLAIN = re.compile(r'<span class="[nw]">([^<]*)</span>')
# A <pre>'s content: Pygments' empty span, the code, in a <code> on a page (not yet, as a
# notebook page's blocks are when notebook_page.py has them marked).
CODE = re.compile(r"^(?P<before>(?:<span></span>)?(?:<code>)?)(?P<code>.*?)"
                  r"(?P<after>(?:</code>)?)\Z", re.S)
TAG = re.compile(r"<[^>]+>")

# A source output's lines: the file a run of lines comes from, and a line with its number.
SOURCE_FILE = re.compile(r"^(?:#|//) (?P<path>[-\w./]+\.(?:py|pyi|h|hpp|c|cc|cpp|yaml))$")
NUMBERED = re.compile(r"^ *(?P<n>[0-9]+)(?:  (?P<line>.*))?$")
# A line of carets under the code it points at (Python 3.11+ tracebacks).
CARETS = re.compile(r"^\s*[~^]*\^[~^]*\s*$")
# Two spaces or more between two words: where a column of a table may start.
COLUMN_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")


def numbered_lines(text):
    """[(number or None, line)] of a source output printed with its line numbers (a file's
    line under its `# <path>` line, or a blank); None when some line is neither."""
    rows = []
    for line in text.splitlines():
        m = NUMBERED.match(line)
        if m:
            rows.append((int(m["n"]), m["line"] or ""))
        elif SOURCE_FILE.match(line) or not line.strip():
            rows.append((None, line))
        else:
            return None
    return rows if any(n is not None for n, _ in rows) else None


def column_lines(text):
    """The indexes of an output's lines that keep their columns: a line of carets and the line
    above it, and each line with a column starting where two other lines have one too, after
    a gap of two spaces or more (the rows of a table aligned with spaces), and a row whose first
    cell is too long for its column."""
    # tabs as a chapter page's Markdown expands them (a notebook page keeps them)
    lines = text.expandtabs(4).splitlines()
    starts = [{m.end() for m in COLUMN_GAP.finditer(line)} for line in lines]
    counts = {}
    for found in starts:
        for start in found:
            counts[start] = counts.get(start, 0) + 1
    keep = {i for i, found in enumerate(starts) if any(counts[s] >= 3 for s in found)}
    # a row whose first cell is too long for its column, so that one space or none is left of
    # the gap: indented, next to a row with the same indentation, its first word reaching that
    # row's second column
    indent = [len(line) - len(line.lstrip(" ")) for line in lines]
    for i in [*range(len(lines)), *reversed(range(len(lines)))]:
        words = lines[i].split()
        reach = indent[i] + len(words[0]) if words else 0
        if i not in keep and indent[i] and words and any(
                j in keep and indent[j] == indent[i] and starts[j] and reach >= min(starts[j]) - 2
                for j in (i - 1, i + 1)):
            keep.add(i)
    for i, line in enumerate(lines):
        if CARETS.match(line):
            keep |= {i, i - 1} if i else {i}
    return keep


def _gutter(rows, lang):
    """A numbered source output as Pygments' lines of `lang`, each after its number."""
    lexer = get_lexer_by_name(lang, stripnl=False, ensurenl=True)
    lines = highlight("\n".join(line for _, line in rows) + "\n", lexer,
                      HtmlFormatter(nowrap=True)).split("\n")
    width = max(len(str(n)) for n, _ in rows if n is not None)
    out, last = [], None
    for (n, _), line in zip(rows, lines):
        gap = " gap" if n is not None and last is not None and n != last + 1 else ""
        number = " " * width if n is None else f"{n:>{width}}"
        out.append(f'<span class="linenos{gap}" data-linenos="{number} "></span>{line}')
        last = n if n is not None else last
    return "\n".join(out) + "\n"


def _mark(m):
    session = m["title"].startswith("Session")
    pre, lang = m["pre"], m["lang"]
    text = html.unescape(TAG.sub("", pre))
    kinds = ["output"]
    if session:
        kinds.append("session")
        pre = PROMPT.sub(r'\g<prompt><span class="typed">\g<typed></span>', pre)
    if lang and lang != "text":
        kinds.append("source")
        rows = numbered_lines(text)
        code = CODE.match(pre)
        if rows and code:
            kinds.append("numbered")
            pre = code["before"] + _gutter(rows, lang) + code["after"]
    else:
        keep, code = column_lines(text), CODE.match(pre)
        if keep and code:
            kinds.append("columns")
            lines = code["code"].split("\n")
            pre = code["before"] + "\n".join(
                f'<span class="cols">{line}</span>' if i in keep else line
                for i, line in enumerate(lines)) + code["after"]
    language = f"language-{lang} " if lang else ""
    return (f'<div class="{language}highlight {" ".join(kinds)}">'
            f'<span class="filename">{m["title"]}</span><pre>{pre}</pre></div>')


def mark_outputs(html_text):
    return BLOCK.sub(_mark, html_text)


def unwrap_plain_spans(html_text):
    return PLAIN.sub(r"\1", html_text)
