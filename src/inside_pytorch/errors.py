"""The index of error messages: every error and warning a recorded output on a page shows,
with the section that shows and explains it. Called by hooks/errors.py.

A page whose front matter says `error_index: true` (docs/errors.md) gets the list below its
text, built at each build from the `.out` files the pages include (the primary torch's), so it
cannot go stale. A message is a line of an output that names an exception or warning class
(`RuntimeError: ...`, `*** NameError: ...`, `file.py:3: FutureWarning: ...`), with its
continuation lines. Messages that differ only in the numbers, quoted names and dtypes a
reader's own code would put there share one entry, titled with those parts as placeholders
(‹n›, ‹name›, ‹dtype›, ‹device›); the entry lists each message as shown, and links the sections.

The section that shows a message must explain it: its prose (the text under its heading,
code blocks aside) names the message's class or repeats three words of the message in a row.
Where none does, the build fails with a line naming the output, the message and the section.
"""

import html
import logging
import re

from mkdocs.utils import get_relative_url
from mkdocs.utils.meta import get_data

from inside_pytorch.layout import ROOT, nav_titles
from inside_pytorch.outputs import output_sections, without_marks
from inside_pytorch.pages import heading_ids, read

log = logging.getLogger("mkdocs.plugins.inside_pytorch.errors")

MESSAGE = re.compile(r"(?<![\w.])(?<!except )(?<!except \()(?P<kind>(?:[a-z_]\w*\.)*(?:[A-Z]\w*)?"
                     r"(?:Error|Exception|Warning|Quit|Interrupt|Exit))(?::[ ]+|:$)(?P<text>.*)"
                     # a program's own "error:" or "warning:" line (argparse's, a C++ warning)
                     r"|^\s*(?:\w+: )?(?P<lower>error|warning): (?P<rest>.+)")
WORD = re.compile(r"[a-z0-9_]+")
DTYPES = ("BFloat16|Bool|Byte|Char|ComplexDouble|ComplexFloat|Double|Float|Half|Int|Long|Short|"
          "UInt16|UInt32|UInt64")
PLACEHOLDERS = [  # (pattern, placeholder), applied in order
    (re.compile(r"(['\"])[^'\"\s]+\1"), r"\1‹name›\1"),     # a quoted name
    (re.compile(r"(?<=Module )\[\w+\]"), "[‹name›]"),                   # Module [ModuleList]
    (re.compile(r"(?<![\w.])\d+(?=x\d)|(?<=\dx)\d+(?!\w)"), "‹n›"),  # 5x4
    (re.compile(r"(?<![\w.‹])-?\d+(?:\.\d+)?(?![\w.])"), "‹n›"),   # 8, [8, 2]
    (re.compile(rf"\b(?:{DTYPES})\b(?= and |$|\.|,)|(?<= and )(?:{DTYPES})\b|(?<=type )(?:{DTYPES})\b"), "‹dtype›"),
    (re.compile(r"(?<![\w.‹])\d+(?=D\b)"), "‹n›"),                     # 0D, 2D
    (re.compile(r"\b(?:cpu|cuda(?::\d+)?|meta|mps|xpu)\b(?= is | !|!|$)|(?<=device )(?:cpu|cuda|meta)\b"), "‹device›"),
    (re.compile(r"(\"‹name›\"(?:, \"‹name›\")+)"), '"‹name›", …'),  # a list of keys
    (re.compile(r"\[‹n›(?:, ‹n›)+\]"), "[‹n›, …]"),                   # a shape
]


def messages(text):
    """[(class, message, goes on)] of an output's text, in order. A class with nothing after
    its colon has its message on the next line. A message that ends with a colon goes on over
    the lines indented deeper than its own (torch's multi-line messages, `Error(s) in loading
    state_dict for ...:`). One that a script seems to have wrapped (a line of 75 characters or
    more, followed by one at the same indent or deeper that starts in lower case or with a
    bracket, and is not the script's next record) is its first line; `goes on` says so."""
    lines, found = text.splitlines(), []
    for i, line in enumerate(lines):
        m = MESSAGE.search(line)
        if not m:
            continue
        kind, text = (m["kind"], m["text"]) if m["kind"] else (m["lower"], m["rest"])
        indent = len(line) - len(line.lstrip())
        parts, rest = [text.strip().rstrip("! ") if "!!!" in line else text.strip()], lines[i + 1:]
        if not parts[0] and rest and rest[0].strip() and not MESSAGE.search(rest[0]):
            parts = [rest.pop(0).strip()]  # on the next line (TorchScript's, a script's)
        else:
            while line.rstrip().endswith(":") and rest and rest[0].strip() \
                    and len(rest[0]) - len(rest[0].lstrip()) > indent:
                parts.append(rest.pop(0).strip())
        following = rest[0] if rest else ""
        goes_on = ("!!!" not in line and len(parts) == 1 and len(line.rstrip()) >= 75
                   and len(following) - len(following.lstrip()) >= indent
                   and following.strip()[:1] in tuple("abcdefghijklmnopqrstuvwxyz([")
                   and not MESSAGE.search(following)
                   and not re.search(r" = | -> |->| \| ", following))  # the script's next record
        message = " ".join(p for p in parts if p)
        if message.count('"') % 2:  # the end of a quoted message: `ValueError("...")`
            message = message.rstrip('"')
        found.append((kind, message, goes_on))
    return found


def template(kind, text):
    """The entry a message belongs to: its numbers, quoted names and dtypes as placeholders."""
    for pattern, placeholder in PLACEHOLDERS:
        text = pattern.sub(placeholder, text)
    return f"{kind}: {text}" if text else kind


def explains(prose, kind, text):
    """Whether a section's prose names the class or repeats three words of the message."""
    prose_words = " ".join(WORD.findall(prose.lower()))
    if kind.rsplit(".", 1)[-1].lower() in prose_words.split():
        return True
    words = WORD.findall(text.lower())
    return any(" ".join(words[i:i + 3]) in prose_words for i in range(len(words) - 2))


def sections(lines, toc_config):
    """[(anchor, heading, prose, include paths)] of a page: the text under each heading, code
    blocks and include lines left out (the part above the first heading has anchor None)."""
    blocks, headings = read(lines)
    ids = heading_ids([h[1:] for h in headings], toc_config)
    skip = {n for b in blocks for n in range(b.start, b.end)}
    bounds = [h[0] for h in headings] + [len(lines)]
    out = [(None, None, range(0, bounds[0]))]
    out += [(ids[k][0], ids[k][1], range(bounds[k], bounds[k + 1])) for k in range(len(headings))]
    found = []
    for anchor, heading, span in out:
        prose = "\n".join(lines[n] for n in span if n not in skip)
        paths = [(path, section) for b in blocks if b.start in span for _, path, section in b.includes]
        found.append((anchor, heading, prose, paths))
    return found


def shown_text(path, section):
    """What an include line shows of a recorded output: one section's text, or all of it."""
    text = (ROOT / path).read_text(encoding="utf-8")
    return output_sections(text).get(section, "") if section else without_marks(text)


_state = {}


def collect(pages, toc_config):
    """({class: {entry: {message as shown: [(page, title, heading, anchor)]}}}, [problem]) for
    pages given as [(docs path, title, Markdown)], in the navigation's order."""
    entries, unexplained = {}, []
    for uri, title, text in pages:
        for anchor, heading, prose, paths in sections(text.split("\n"), toc_config):
            for path, section in paths:
                if not path.endswith(".out") or not (ROOT / path).is_file():
                    continue
                for kind, message, goes_on in messages(shown_text(path, section)):
                    if not explains(f"{heading or ''}\n{prose}", kind, message):
                        unexplained.append(f"{path} shows '{kind}: {message[:80]}' in "
                                           f"{uri} › {heading or title}, whose text names "
                                           f"no {kind} and quotes none of the message: say "
                                           f"there what it means")
                    where = (uri, title, heading, anchor)
                    shown = entries.setdefault(kind, {}).setdefault(template(kind, message), {})
                    as_shown = message + (" …" if goes_on else "")
                    if where not in shown.setdefault(as_shown, []):
                        shown[as_shown].append(where)
    return entries, unexplained


def on_files(files, config):
    """Every message the chapter pages show, and a warning (strict: an error) for each that
    its section does not explain. The index page itself, and pages out of the search index
    (the 2.14 diffs), are not read."""
    titles = nav_titles(config["nav"])
    rank = {uri: n for n, uri in enumerate(titles)}
    pages = []
    for file in sorted((f for f in files.documentation_pages() if f.src_uri.endswith(".md")),
                       key=lambda f: rank.get(f.src_uri, len(rank))):
        text, meta = get_data(file.content_string)
        if not (meta.get("error_index") or (meta.get("search") or {}).get("exclude")):
            pages.append((file.src_uri, titles.get(file.src_uri) or file.src_uri, text))
    _state["entries"], unexplained = collect(pages, config["mdx_configs"].get("toc", {}))
    for line in unexplained:
        log.warning(line)
    return files


def code(text):
    """`text` as a Markdown code span, whatever backticks it holds."""
    ticks = max((len(t) for t in re.findall(r"`+", text)), default=0) + 1
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{'`' * ticks}{pad}{text}{pad}{'`' * ticks}"


def plain(text):
    """`text` as a heading's plain text: Markdown's and HTML's special characters escaped. (In
    a code span, a heading's words were not found by the search: a search for `KeyError size`
    ranked other pages above the heading `KeyError: 'size'`.)"""
    return re.sub(r"([\\`*_\[\]#])", r"\\\1", html.escape(text, quote=False))


def heading(title, limit=100):
    """An entry's heading: its wording up to `limit` characters, cut at a word (a long heading
    made every search for a common word, tensor or int, find that entry first)."""
    if len(title) <= limit:
        return title
    return title[:title.rfind(" ", 0, limit)].rstrip(" ,:;-(") + " …"


def index_markdown(page):
    """The list, by class (classes and entries in alphabetical order). Each message as shown
    has a heading of its own under its entry's, so a search for its exact words finds it
    (an entry of one message that has nothing to replace is that message's heading)."""
    out = []
    for kind in sorted(_state.get("entries", {}), key=lambda k: k.rsplit(".", 1)[-1].lower()):
        out += ["", f"## {plain(kind)}"]
        for title, shown in sorted(_state["entries"][kind].items(), key=lambda e: e[0].lower()):
            out += ["", f"### {plain(heading(title))}"]
            for message, where in shown.items():
                whole = f"{kind}: {message}" if message else kind
                if whole != title or len(shown) > 1:
                    out += ["", f"#### {plain(heading(whole))}"]
                if heading(whole) != whole:
                    out += ["", code(whole)]
                # page titles and headings as plain text: `__setattr__` in a link was bold
                links = ", ".join(
                    f"[{plain(t)}{' › ' + plain(h) if h else ''}]"
                    f"({get_relative_url(uri, page.file.src_uri)}"
                    f"{'#' + a if a else ''})" for uri, t, h, a in where)
                out += ["", f"Shown and explained in {links}."]
    return out


def on_page_markdown(markdown_text, page, config, files):
    if not page.meta.get("error_index"):
        return markdown_text
    return "\n".join([markdown_text, *index_markdown(page)])
