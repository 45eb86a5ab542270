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
an output shows is a heading of its own on the error index (errors.py), a page boosted 1.2
(docs/errors.md's front matter, `search.boost`), so its entry outranks a section that only
shows the message. (At 2 it outranked the answer to a question typed in other words, too:
search_ranking.py measures both.) Material's lunr does not count a field's length (its BM25 `b` is 0) and
searches each typed word as a prefix (`no*`), every word it begins scoring its own idf times the
title's 1000, so an entry could win by rare words the paste lacks: with entries weighed 1 + 1/n
(n the words of their heading), ``AttributeError: 'Sequential' object has no attribute '4.3.4'``
and ``AttributeError: Module has no attribute `a` `` landed on `AttributeError: '_OpNamespace'
'aten' object has no attribute 'no_such_op'` (lunr 4274 against 3386, 3520 against 2554: `no*`
found `no_such_op`, idf 6.3, where `sequential` has 2.3 and `module` 1.4), and `RuntimeError:
Python builtin <built-in function breakpoint> ...` on `RuntimeError: Inplace update to inference
tensor outside InferenceMode ...` (2006 against 1095: its three `in*` found `inplace`,
`inference`, `inferencemode`). So on_post_build, after the search plugin has written its index,
weighs each entry of the error index by the inverse of its heading's length in idf
(heading_weight), the median entry keeping its page's boost: an entry's score is then the share
of its heading the paste matches, rare words counting most.

A heading that holds many of the site's words outranks every entry: front matter that is not
YAML is one (MkDocs shows it as the page's text, its last line a heading), as chapter 6's
building pages had (`description: ... nvcc fatal : Unsupported ...`), where "new() received an
invalid combination of arguments" landed. on_page_markdown stops the build on such front
matter, with the line to quote.
"""

import html as html_lib
import json
import logging
import math
import re
import statistics
from collections import Counter
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
    unquoted value, `description: ... nvcc fatal : Unsupported ...`, is such front matter.) A
    description with a double quote ends the meta tag's attribute there
    (tests/test_site.py's test_meta_descriptions_read_as_written checks the built pages)."""
    m = YAML_RE.match(markdown)
    if not m:
        return None
    try:
        meta = yaml.safe_load(m[1])
    except yaml.YAMLError as e:
        where = getattr(e, "problem_mark", None)
        at = f", line {where.line + 2} column {where.column + 1}" if where else ""
        return (f"docs/{src_uri}: its front matter is not YAML ({getattr(e, 'problem', e)}{at}), "
                f"so MkDocs shows it as a heading: quote the value, or write it as a block "
                f"(`description: >-` and the text on the next line, indented)")
    if '"' in str((meta or {}).get("description", "")):
        return (f"docs/{src_uri}: its description holds a double quote, which ends the built "
                f"page's meta description there: write “ ” or ' instead")
    return None


def on_page_markdown(markdown, page, config, files):
    """A page whose front matter is not YAML fails the build (--strict), saying how to fix it."""
    if problem := front_matter_problem(markdown, page.file.src_uri):
        log.warning(problem)
    if page.meta.get("error_index"):
        _state["error_index"] = page.url
    return markdown


def words(text, separator):
    """The words the search makes of a field: its text outside tags, lowercased, split at the
    index's `separator` (Material's tokenizer, with no pipeline)."""
    return [w for w in re.split(separator, TAG.sub(" ", text).lower()) if w]


def idf(index):
    """{word: its idf} as Material's lunr computes it: ln(1 + (N - df + 0.5) / (df + 0.5)), N the
    sections, df those holding the word, a section counted once per field that holds it."""
    df = Counter()
    for doc in index["docs"]:
        for field in ("title", "text"):
            df.update(set(words(doc.get(field) or "", index["config"]["separator"])))
    n = len(index["docs"])
    return {word: math.log(1 + abs(n - count + 0.5) / (count + 0.5)) for word, count in df.items()}


def heading_weight(title, idf, separator):
    """The length of a heading's vector in lunr's title field: each of its words weighs its
    idf, times BM25's 2.2 tf / (1.2 + tf) (with `b` 0)."""
    return math.hypot(*(idf.get(word, 0) * 2.2 * tf / (1.2 + tf)
                        for word, tf in Counter(words(title, separator)).items()))


def boost_error_entries(index, url):
    """The search index with each entry of the error index (a section of the page at `url`)
    weighted by the inverse of its heading_weight, scaled so that the median entry keeps its
    page's boost (search.boost)."""
    entries = [doc for doc in index["docs"] if doc["location"].startswith(url + "#")]
    rarity, separator = idf(index), index["config"]["separator"]
    weights = [heading_weight(doc["title"], rarity, separator) for doc in entries]
    median = statistics.median(weights) if weights else 1
    for doc, weight in zip(entries, weights):
        doc["boost"] = round(doc.get("boost", 1) * median / (weight or median), 4)
    return index


@event_priority(-100)  # after the search plugin has written its index
def on_post_build(config):
    """The error index's entries weighed (boost_error_entries) in the index the plugin wrote."""
    path = Path(config["site_dir"]) / "search" / "search_index.json"
    if "error_index" not in _state or not path.exists():
        return
    index = boost_error_entries(json.loads(path.read_text(encoding="utf-8")), _state["error_index"])
    path.write_text(json.dumps(index, separators=(",", ":")), encoding="utf-8")  # as Material writes it
