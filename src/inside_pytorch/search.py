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
in its text (the `title` and `text` fields' boosts), times the section's `boost`. Each message
an output shows is a heading of its own on the error index (errors.py), a page boosted 2
(docs/errors.md's front matter, `search.boost`), so its entry outranks a section that only
shows the message. Material's lunr does not count a field's length (its BM25 `b` is 0), so of
two entries that both hold the pasted words, the longer could win by the words of the sections
it links: ``AttributeError: Module has no attribute `a` ``, pasted (docs/assets/reader.js drops
the lone `a`), landed on `AttributeError: module 'torch.utils' has no attribute
'cpp_extension'`. So after the search plugin has written its index, on_post_build weighs each
entry of the error index by 1 + 1/n, n the words of its heading (entry_boost): of the entries
that hold the pasted words, the one with the fewest other words comes first.

A heading that holds many of the site's words outranks every entry: front matter that is not
YAML is one (MkDocs shows it as the page's text, its last line a heading), as chapter 6's
building pages had (`description: ... nvcc fatal : Unsupported ...`), where "new() received an
invalid combination of arguments" landed. on_page_markdown stops the build on such front
matter, with the line to quote.
"""

import html as html_lib
import json
import logging
import re
from pathlib import Path

import yaml
from mkdocs.plugins import event_priority
from mkdocs.utils.meta import YAML_RE

from inside_pytorch.errors import messages

log = logging.getLogger("mkdocs.plugins.inside_pytorch.search")
_state = {}

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
    if page.meta.get("error_index"):
        _state["error_index"] = page.url
    return markdown


def entry_boost(title, separator):
    """How much more an entry of the error index weighs than the rest of its page: 1 + 1/n, n
    the words of its heading as the search splits them (its `separator`), so that of two
    entries that hold the pasted words, the one with fewer other words comes first."""
    return 1 + 1 / max(1, len([w for w in re.split(separator, title) if w]))


def boost_error_entries(index, url):
    """The search index with each entry of the error index (a section of the page at `url`)
    weighted by entry_boost, times its page's boost (search.boost)."""
    for doc in index["docs"]:
        if doc["location"].startswith(url + "#"):
            boost = doc.get("boost", 1) * entry_boost(doc["title"], index["config"]["separator"])
            doc["boost"] = round(boost, 4)
    return index


@event_priority(-100)  # after the search plugin has written its index
def on_post_build(config):
    """The error index's entries weighted by entry_boost, in the index the search plugin wrote."""
    path = Path(config["site_dir"]) / "search" / "search_index.json"
    if "error_index" not in _state or not path.exists():
        return
    index = boost_error_entries(json.loads(path.read_text(encoding="utf-8")), _state["error_index"])
    path.write_text(json.dumps(index, separators=(",", ":")), encoding="utf-8")  # as Material writes it
