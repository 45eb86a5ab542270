"""What the search index holds of a page: its prose and headings, and of its code blocks only
the names and the error messages. Called by hooks/search.py.

Material's search indexes each section's text, code blocks whole: code and outputs were 58% of
the index, a result's preview was a screenful of code, and a long pasted error message matched
long code-heavy pages before the section that explains it. So each code block is left out of
the index (`data-search-exclude`, which Material's search plugin honours), and what a reader
types from it is put back, once per section, at the section's end: the names in it (anything
with a dot, `::`, an underscore, a digit or a capital after its first letter: `register_buffer`,
`at::native::linear`, `GGUFWriter`, `mat1`) and, from recorded outputs, every error or warning
message, read as the error index reads it (`RuntimeError: mat1 and mat2 shapes cannot be
multiplied (5x4 and 3x2)`).

That put-back text is a paragraph marked `data-search-names`, there only while the search
plugin reads the page, as is the mark that leaves out the torch stamp every page ends with:
remove_names() takes it out of the page again (it runs after the plugin,
event priority -100). The page a reader sees is unchanged.

Where a pasted error message lands first: Material's search (lunr) scores each section by the
words of the query found in it, a word in the section's heading counting a thousand times one
in its text (the `title` and `text` fields' boosts), times the page's `search.boost` (2 for the
error index, whose entries are each message as a heading). A heading that holds many of the
site's words outranks every entry: front matter that is not YAML is one (MkDocs shows it as the
page's text, its last line a heading), as chapter 6's building pages had (`description: ...
nvcc fatal : Unsupported ...`), where "new() received an invalid combination of arguments"
landed. on_page_markdown stops the build on such front matter, with the line to quote.
"""

import html as html_lib
import logging
import re

import yaml
from mkdocs.utils.meta import YAML_RE

from inside_pytorch.errors import messages

log = logging.getLogger("mkdocs.plugins.inside_pytorch.search")

BLOCK = re.compile(r'<div class="(?P<cls>[^"]*\bhighlight\b[^"]*)">(?P<body>.*?</pre>\s*)</div>', re.S)
HEADING = re.compile(r"<h[1-6][^>]*\bid=")
TAG = re.compile(r"<[^>]+>")
NAME = re.compile(r"[A-Za-z_][\w]*(?:(?:\.|::)[A-Za-z_]\w*)*")
# The "Checked against torch ..." box at every page's end (snippets/about/stamp.out): the same
# words on every page, which matched every search for "torch" or "cpu".
STAMP = re.compile(r'<div class="admonition info">(?=\s*<p class="admonition-title">Checked against torch)')
NAMES_P = re.compile(r'<p data-search-names="">.*?</p>', re.S)


def is_name(token):
    """A name a reader would type to find it, not an English word: `forward` or `weight` is on
    the page's prose anyway, `register_buffer` may not be."""
    return ("." in token or "::" in token or "_" in token.strip("_") or
            any(c.isdigit() for c in token) or any(c.isupper() for c in token[1:]))


def block_terms(cls, body):
    """([names], [error messages]) of a code block: the messages of an output, as the error
    index reads them (errors.messages)."""
    text = html_lib.unescape(TAG.sub("", body))
    names = [t for t in NAME.findall(text) if is_name(t)]
    found = messages(text) if "output" in cls.split() else []
    return names, [f"{kind}: {message}" if message else kind for kind, message, _ in found]


def index_names_only(html):
    """The page's HTML with its code blocks out of the search index, and each section's names
    and error lines after its last block (each once per section), in a paragraph for the index
    only."""
    out, pending, seen, last = [], [], set(), 0
    starts = [m.start() for m in HEADING.finditer(html)] + [len(html)]

    def flush():
        if pending:
            out.append('<p data-search-names="">' + html_lib.escape(" ".join(pending), quote=False)
                       + "</p>")
            pending.clear()
        seen.clear()

    for match in BLOCK.finditer(html):
        # the sections that ended before this block get their names first
        while starts and starts[0] <= match.start():
            out.append(html[last:starts[0]])
            last = starts.pop(0)
            flush()
        out.append(html[last:match.start()])
        out.append(f'<div class="{match["cls"]}" data-search-exclude>{match["body"]}</div>')
        last = match.end()
        names, errors = block_terms(match["cls"], match["body"])
        pending.extend([n for n in dict.fromkeys(names) if n not in seen] + errors)
        seen.update(names)
    for start in starts:
        out.append(html[last:start])
        last = start
        flush()
    out.append(html[last:])
    return STAMP.sub('<div class="admonition info" data-search-exclude>', "".join(out))


def remove_names(html):
    """The page as the reader gets it: without the index-only paragraphs and marks."""
    return NAMES_P.sub("", html).replace(" data-search-exclude>", ">")


def front_matter_problem(markdown, src_uri):
    """A line saying what is wrong with the page's front matter, or None. MkDocs drops front
    matter that is not YAML without a word, and renders it as the page's text: its last line,
    above the closing `---`, becomes a heading, on the page and in the search index, and the
    page keeps the site's description instead of its own. (A colon and a space inside an
    unquoted value, `description: ... nvcc fatal : Unsupported ...`, is such front matter.)"""
    m = YAML_RE.match(markdown)
    if not m:
        return None
    try:
        yaml.safe_load(m[1])
    except yaml.YAMLError as e:
        where = getattr(e, "problem_mark", None)
        at = f", line {where.line + 2} column {where.column + 1}" if where else ""
        return (f"docs/{src_uri}: its front matter is not YAML ({getattr(e, 'problem', e)}{at}), "
                f"so MkDocs shows it as a heading: quote the value, or write it as a block "
                f"(`description: >-` and the text on the next line, indented)")
    return None


def on_page_markdown(markdown, page, config, files):
    """A page whose front matter is not YAML fails the build (--strict), saying how to fix it."""
    if problem := front_matter_problem(markdown, page.file.src_uri):
        log.warning(problem)
    return markdown
