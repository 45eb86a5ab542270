"""Page syntax: what a fenced block, an include line and a heading are, read in one walk.

A page's code blocks hold only pymdownx.snippets include lines (`--8<-- "snippets/..."`); a
recorded output can also be included into the prose, on a line of its own. read() walks a
page once and gives both, with the headings; the page checks, the notebook maker and the
second torch's tabs all read a page through it. heading_ids() gives the ids the toc extension
makes for headings, the one place they are computed outside a build.
"""

import html
import re
from dataclasses import dataclass, field

import markdown

# A fenced block: opening fence (any indent, ``` or ~~~), body, closing fence.
FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>[^\n]*)$")
# The only body a fenced block on a page may have: pymdownx.snippets includes.
INCLUDE = re.compile(r'^[ \t]*--8<-- "(?P<path>[^":]+)(?::(?P<section>[^"]*))?"[ \t]*$')
SECTION_NAME = re.compile(r"^[a-z][-_0-9a-z]*$")
HEADING = re.compile(r"^(?P<level>#{1,6})[ \t]+(?P<text>.+?)(?:[ \t]+#+)?[ \t]*$")


@dataclass
class Block:
    """A fenced block, or an include line outside one. Line indexes count from 0."""
    start: int              # its first line: the opening fence, or the include line
    end: int                # the line after its last (after the closing fence)
    indent: str
    info: str | None        # the fence's info string (`python title="x"`); None: an include line
    body: list              # the lines between the fences; [the line] for an include line
    headings: int           # how many headings of the page come before it
    includes: list = field(default_factory=list)  # [(line index, path, section)]


def read(lines):
    """([Block], [(line index, level, text)]) of a page's lines, in page order. Front matter
    (`---` ... `---` at the top) is skipped; a heading inside a fenced block is none."""
    blocks, headings, i = [], [], 0
    if lines and lines[0].strip() == "---":
        i = next((n for n in range(1, len(lines)) if lines[n].strip() == "---"), -1) + 1
    while i < len(lines):
        fence, include, heading = (FENCE.match(lines[i]), INCLUDE.match(lines[i]),
                                   HEADING.match(lines[i]))
        if fence:
            mark = fence["fence"]
            close = re.compile(rf"^[ \t]*{re.escape(mark[0])}{{{len(mark)},}}[ \t]*$")
            j = i + 1
            while j < len(lines) and not close.match(lines[j]):
                j += 1
            block = Block(i, min(j + 1, len(lines)), fence["indent"], fence["info"],
                          lines[i + 1:j], len(headings))
            block.includes = [(n, m["path"], m["section"]) for n in range(i + 1, j)
                              for m in [INCLUDE.match(lines[n])] if m]
            blocks.append(block)
            i = j + 1
            continue
        if include:
            indent = lines[i][:len(lines[i]) - len(lines[i].lstrip())]
            blocks.append(Block(i, i + 1, indent, None, [lines[i]], len(headings),
                                [(i, include["path"], include["section"])]))
        elif heading:
            headings.append((i, len(heading["level"]), heading["text"]))
        i += 1
    return blocks, headings


def read_page(page):
    return read(page.read_text(encoding="utf-8").splitlines())


def fenced_blocks(page):
    """[(line number, indent, body lines)] for each fenced block of a page."""
    return [(b.start + 1, b.indent, b.body) for b in read_page(page)[0] if b.info is not None]


def includes(page):
    """[(line number, path, section)] for each snippet include of a page, in a code block or
    not (a recorded output can also be Markdown, included into the prose)."""
    return [(n + 1, path, section) for b in read_page(page)[0] for n, path, section in b.includes]


def heading_ids(headings, toc_config=None):
    """[(id, name)] the toc extension gives these [(level, text)] headings, in order: the same
    slugify and the same numbering of repeated ids as the site's build (toc_config: its `toc`
    options)."""
    options = {k: v for k, v in (toc_config or {}).items() if k in ("slugify", "separator")}
    md = markdown.Markdown(extensions=["toc", "attr_list"], extension_configs={"toc": options})
    md.convert("\n\n".join("#" * level + " " + text for level, text in headings))
    flat = []

    def walk(tokens):
        for t in tokens:
            flat.append((t["id"], html.unescape(t["name"])))
            walk(t["children"])
    walk(md.toc_tokens)
    return flat
