"""Readers see what changes on a second torch: both outputs where they differ, and a list.

The site checks every snippet under its primary torch (requirements.txt) and under a second
one (`make test-next`); where the second prints something else, that output is stored beside
the primary's as `<name>.torch-<version>.out` (outputs.py names them). Its MkDocs events
(hooks/versions.py, under `hooks:` in mkdocs.yml):

- shows both on the page: a fenced block, or an include line outside one, whose included `.out`
  has such a variant becomes Material content tabs, "torch 2.13.0 · CPU build" (the primary,
  shown first) then "torch 2.14.1 · CUDA 13.0 build" (each torch's build read from its stamp),
  the second including the variant in place of the primary; each tab opens with one line: why
  the outputs differ (that version's `why`, parentheses left out), linked to its entry on the
  changes page;
- shows a session's Python variants the same way: consecutive blocks titled "Output: Python
  3.11.7 and 3.12.1", "Output: Python 3.13.0" (outputs.pythons_of(); the pages' prose says why
  they differ) become tabs labelled with those Pythons, each block titled "Output";
- marks in every such tab set, once the page is built, the lines where the tabs differ
  (Material's `hll` line highlight) and in them the words that differ (`<mark>`), each tab
  against the one before it (the first against the second), found with difflib in what the
  reader sees, so the mark is right whatever printed the lines;
- completes the torch stamp at the bottom of every page (snippets/about/stamp.out): defines
  its `[how-tested]` link for the page, names
  the second torch with its build (read from its own stamp, `stamp.torch-<version>.out`), the
  sections of this page whose outputs differ, and the page that lists them all;
- fills that page: a page whose front matter has `torch_changes: {version: ..., why: ...}`
  (docs/torch-2.14.md) gets, after its own text, one section per page of the site (titled as
  the navigation titles it) with an entry for each differing output: the sections that show it,
  the reason its `why` gives, and the difference, collapsed, its changed words marked. An
  output that is Markdown (included outside a fenced block) is compared as the reader sees it:
  a link as its text and a short form of its target.

A variant whose output no page shows fails the strict build; tests/test_next.py checks the
same, and that every difference has its reason.
"""

import difflib
import html
import logging
import re
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url
from mkdocs.utils.meta import get_data

from inside_pytorch.errors import plain
from inside_pytorch.layout import ROOT, nav_titles, recorded_torch_version
from inside_pytorch.outputs import differing_parts, script_of, torch_variants, without_marks
from inside_pytorch.pages import INCLUDE, heading_ids, read

log = logging.getLogger("mkdocs.hooks.versions")
STAMP_TITLE = '<p class="admonition-title">Checked against torch '
KINDS = {"release": "Release", "build": "Build", "build and release": "Build and release"}
# A block that shows one Python's transcript of a torch-free session (pages name them so;
# tests/test_pages.py checks the names).
PYTHON_TITLE = re.compile(r'\btitle="(?P<kind>Output|Session): (?P<label>Python [^"]+)"')


def variants(root=ROOT):
    """{primary .out: {version: its variant .out}}, repository-relative paths."""
    found = {}
    for variant, (version, primary) in torch_variants(root).items():
        found.setdefault(primary, {})[version] = variant
    return found


def stamp_facts(text):
    """(version, git, build, device) from a recorded stamp (snippets/about/stamp.py)."""
    m = re.search(r"torch (\S+) \(git `(\w+)`, ([^)]+)\), .*?, run on ([^,]+),", text or "")
    return m.groups() if m else None


def tab_label(version, facts):
    """"torch 2.13.0 · CPU build": the release, and the build its stamp names ("a CPU-only
    build", "a CUDA 13.0 build"); the release alone without a stamp."""
    build = re.sub(r"^an? ", "", facts[2]).replace("CPU-only build", "CPU build") if facts else ""
    return f"torch {version} · {build}" if build else f"torch {version}"


def entry_id(path):
    """The id of an output's entry on the changes page: `out-cpp-dispatcher`."""
    name = path.removeprefix("snippets/").removesuffix(".out")
    return "out-" + re.sub(r"[^-_0-9A-Za-z]+", "-", name)


def short_reason(reason):
    """A reason without its parenthesised asides, for the line above the tabs."""
    while True:
        shorter = re.sub(r" \([^()]*\)", "", reason)
        if shorter == reason:
            return reason
        reason = shorter


# -- MkDocs events ---------------------------------------------------------------------------

_state = {}


def on_config(config):
    if not config["mdx_configs"].get("pymdownx.tabbed", {}).get("alternate_style"):
        raise SystemExit("hooks/versions.py shows outputs of two torches as content tabs: "
                         "mkdocs.yml needs pymdownx.tabbed with alternate_style: true")


def on_files(files, config):
    """Where each differing output is shown, and which page lists which version's changes."""
    found = variants()
    primary = recorded_torch_version() or "?"
    stamp = (config["mdx_configs"].get("pymdownx.snippets", {}).get("auto_append") or [None])[0]
    titles = nav_titles(config["nav"])
    shown, changes, why = {}, {}, {}
    for file in files.documentation_pages():
        if not file.src_uri.endswith(".md"):
            continue
        text, meta = get_data(file.content_string)
        blocks, headings = read(text.split("\n"))
        ids = heading_ids([h[1:] for h in headings], config["mdx_configs"].get("toc", {}))
        title = titles.get(file.src_uri) or next((n for (_, lvl, _), (_, n) in zip(headings, ids)
                                                  if lvl == 1), file.src_uri)
        for block in blocks:
            # The section it is in: the heading above it (none under the page's title).
            anchor, section = ids[block.headings - 1] if block.headings else (None, None)
            if block.headings and headings[block.headings - 1][1] == 1:
                section = None  # under the page's title, which names the page, not a section
            for _, path, _ in block.includes:
                shown.setdefault(path, []).append(
                    (file, title, section, anchor, block.info is None, block.start))
        if isinstance(meta.get("torch_changes"), dict):
            version = str(meta["torch_changes"].get("version"))
            changes[version] = file
            why[version] = meta["torch_changes"].get("why") or {}
    rank = {uri: n for n, uri in enumerate(titles)}
    shown = {path: sorted(((*w[:5], rank.get(w[0].src_uri, len(rank)), w[5]) for w in where),
                          key=lambda w: w[-2:])  # in the navigation's order, then the page's
             for path, where in shown.items()}
    for path, versions in found.items():
        if path not in shown and path != stamp:
            for variant in versions.values():
                log.warning(f"{variant}: no page shows {path}, so no reader sees that it "
                            f"differs; include {path} in a page, or delete both")
    stamps = {v: stamp_facts((ROOT / p).read_text(encoding="utf-8"))
              for v, p in found.get(stamp, {}).items()} if stamp else {}
    own = stamp_facts((ROOT / stamp).read_text(encoding="utf-8")) \
        if stamp and (ROOT / stamp).is_file() else None
    versions = sorted({v for vs in found.values() for v in vs},
                      key=lambda v: [int(n) for n in v.split(".")])
    labels = {None: tab_label(primary.split("+")[0], own),
              **{v: tab_label(v, stamps.get(v)) for v in versions}}
    _state.update(variants=found, primary=primary, shown=shown, changes=changes, stamp=stamp,
                  titles=titles, stamps=stamps, rank=rank, versions=versions, differs={}, why=why,
                  labels=labels, tab_sets={})
    return files


def differs(line, found):
    """The versions under which what this include line shows differs: a section's output is
    shown in tabs only where that section prints something else."""
    m = INCLUDE.match(line)
    if not m or m["path"] not in found:
        return []
    return [version for version, variant in found[m["path"]].items()
            if any(section == m["section"] for section, _, _ in differing_parts(m["path"], variant))]


def reason_line(paths, version, page):
    """The Markdown line that opens each tab: why these outputs differ under `version`, linked
    to their entries on the changes page."""
    changes, why = _state["changes"].get(version), _state["why"].get(version, {})
    parts = []
    for path in paths:
        kind, _, reason = str(why.get(path, "")).partition(": ")
        if kind not in KINDS or not reason:
            continue
        text = f"Differs by {kind}: {short_reason(reason).rstrip('.')}"
        if changes is not None:  # a link that names where it goes
            url = get_relative_url(changes.src_uri, page.file.src_uri)
            title = _state["titles"].get(changes.src_uri) or changes.src_uri
            text = f"{text} ([its entry in {title}]({url}#{entry_id(path)}))"
        parts.append(text + ".")
    return " ".join(parts)


def tabs(lines, indent, versions, found, page):
    """A block as content tabs: the primary torch's, then each version's with its variants;
    each tab opens with the reason they differ."""
    labels, out = _state["labels"], []
    for version in [None, *versions]:
        out += [f'{indent}=== "{labels[version]}"', ""]
        reasons = [reason_line([m["path"] for m in map(INCLUDE.match, lines)
                                if m and v in differs(m.group(0), found)], v, page)
                   for v in versions]
        for reason in filter(None, reasons):
            out += [f"{indent}    {reason}", f"{indent}    {{: .variant-why }}", ""]
        for line in lines:
            m = INCLUDE.match(line)
            if version and m and version in differs(line, found):
                line = line.replace(f'"{m["path"]}', f'"{found[m["path"]][version]}', 1)
            body = line[len(indent):] if line.startswith(indent) else line.lstrip()
            out.append(f"{indent}    {body}" if line.strip() else "")
        out.append("")
    _state["tab_sets"].setdefault(page.file.src_uri, set()).add(
        tuple(labels[v] for v in [None, *versions]))
    return out


def python_tabs(lines, page):
    """Consecutive blocks of one session's Python variants ("Output: Python 3.13.0", nothing
    but blank lines between them) as content tabs labelled with those Pythons."""
    blocks, _ = read(lines)
    runs, run = [], []
    for b in blocks:
        m = PYTHON_TITLE.search(b.info or "")
        script = script_of(b.includes[0][1]) if m and len(b.includes) == 1 else None
        if run and script is not None and script == run[-1][1] and b.indent == run[-1][0].indent \
                and not any(line.strip() for line in lines[run[-1][0].end:b.start]):
            run.append((b, script, m))
            continue
        if len(run) > 1:
            runs.append(run)
        run = [(b, script, m)] if script is not None else []
    if len(run) > 1:
        runs.append(run)
    for run in reversed(runs):
        out, labels = [""], []
        for b, _, m in run:
            labels.append(m["label"])
            out += [f'{b.indent}=== "{m["label"]}"', ""]
            for line in lines[b.start:b.end]:
                line = line.replace(m.group(0), f'title="{m["kind"]}"', 1)
                body = line[len(b.indent):] if line.startswith(b.indent) else line.lstrip()
                out.append(f"{b.indent}    {body}" if line.strip() else "")
            out.append("")
        lines[run[0][0].start:run[-1][0].end] = out
        _state["tab_sets"].setdefault(page.file.src_uri, set()).add(tuple(labels))
    return lines


def on_page_markdown(markdown_text, page, config, files):
    found, versions = _state["variants"], _state["versions"]
    if not page.file.src_uri.endswith(".md"):
        return markdown_text
    lines = python_tabs(markdown_text.split("\n"), page)
    blocks, _ = read(lines)
    if any(path.endswith(".out") for b in blocks for _, path, _ in b.includes):  # shows outputs
        _state["differs"][page.file.src_uri] = list(dict.fromkeys(
            INCLUDE.match(line)["path"] for b in blocks for line in lines[b.start:b.end]
            if differs(line, found)))
    for b in reversed(blocks):
        if any(differs(line, found) for line in lines[b.start:b.end]):
            lines[b.start:b.end] = ["", *tabs(lines[b.start:b.end], b.indent, versions, found, page)]
    meta = page.meta.get("torch_changes")
    if isinstance(meta, dict):
        lines += changes_list(str(meta.get("version")), meta.get("why") or {}, page)
    # The stamp links to "how this site is tested" by reference: each page defines where.
    lines += ["", f"[how-tested]: {get_relative_url('how-this-site-is-tested.md', page.file.src_uri)}"]
    return "\n".join(lines)


# -- the changes page ---------------------------------------------------------------------------

MD_LINK = re.compile(r"\[(?P<text>[^\]]*)\]\((?P<url>[^)\s]+)\)")
BLOB = re.compile(r"^https://github\.com/[^/]+/[^/]+/blob/(?P<commit>[0-9a-f]{7,40})/"
                  r"(?P<path>[^#]+)(?P<anchor>#\S*)?$")


def readable(line):
    """A line of Markdown as a reader sees it: a list item's dash as a bullet, an admonition's
    title as its text, a link as its text and, after an arrow, its target in short (a GitHub
    source link: the file, its lines and the commit); code marks, bold and indentation dropped."""
    def link(m):
        blob = BLOB.match(m["url"])
        target = (f"{blob['path'].rsplit('/', 1)[-1]}{blob['anchor'] or ''} at {blob['commit'][:7]}"
                  if blob else m["url"])
        return f"{m['text']} → {target}"
    line = re.sub(r'^!!! \w+ "(.*)"$', r"\1", line.strip())
    line = re.sub(r"\[([^\]]+)\]\[[^\]]*\]", r"\1", MD_LINK.sub(link, line))
    return re.sub(r"^[-*] ", "• ", re.sub(r"`|\*\*", "", line))


def changes_list(version, why, page):
    """The Markdown that lists every output differing under `version`: one section per page,
    in the navigation's order, and in it one entry per reason and place."""
    found, shown, stamp = _state["variants"], _state["shown"], _state["stamp"]
    entries = []
    for path in (p for p, vs in found.items() if version in vs):
        # The stamp is on every page; link to where its script is shown instead.
        where = shown.get(Path(path).with_suffix(".py").as_posix() if path == stamp else path, [])
        order = (path != stamp, *(where[0][-2:] if where else (len(_state["rank"]), 0)))
        entries.append((order, path, where))
    out, group, last = [], None, None
    for _, path, where in sorted(entries):
        title = ("The note at the bottom of every page" if path == stamp
                 else where[0][1] if where else "On no page")
        if title != group:  # titles as plain text: `__setattr__` is not bold
            out += ["", f"## {plain(title)}"]
            group, last = title, None
        places = dict.fromkeys(  # each section once, however often the page shows it there
            (file.src_uri, anchor, section, page_title)
            for file, page_title, section, anchor, *_ in where)
        links = [f"[{plain(t) + ' › ' if t != title else ''}{plain(s or 'its opening section')}]"
                 f"({get_relative_url(uri, page.file.src_uri)}{'#' + a if a else ''})"
                 for uri, a, s, t in places]
        kind, _, reason = str(why.get(path, "")).partition(": ")
        because = (f"**{KINDS[kind]}.** {reason[:1].upper()}{reason[1:]}"
                   if kind in KINDS and reason else "**Not reviewed yet**: no reason is given.")
        shown_in = (f"Shown at the bottom of every page; its script is shown in {links[0]}."
                    if path == stamp and links else
                    f"Shown in {' and '.join(links)}." if links else "")
        # Only ever included into the prose (the stamp: appended to every page), so Markdown.
        markdown = path == stamp or not any(w[4] is False for w in where)
        if (because, shown_in) == last:  # the entry above says it: only the difference
            out += ["", diff_html(path, found[path][version], version, markdown, entry_id(path))]
            continue
        out += ["", f'<span id="{entry_id(path)}"></span>{because} {shown_in}', "",
                diff_html(path, found[path][version], version, markdown)]
        last = (because, shown_in)
    return out or ["", f"Every output prints the same under torch {version}."]


def segments(a, b):
    """The character ranges of `a` and of `b` that differ, word by word."""
    ta, tb = (re.findall(r"\w+|\s+|[^\w\s]", s) for s in (a, b))
    at = [0]
    for t in ta:
        at.append(at[-1] + len(t))
    bt = [0]
    for t in tb:
        bt.append(bt[-1] + len(t))
    ra, rb = [], []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes():
        if op != "equal":
            if i2 > i1:
                ra.append((at[i1], at[i2]))
            if j2 > j1:
                rb.append((bt[j1], bt[j2]))
    return ra, rb


def changed_lines(a, b):
    """({line of a: ranges}, {line of b: ranges}): the lines where two texts (lists of lines)
    differ, and in each the words that differ ([] where the whole line is new or gone)."""
    ma, mb = {}, {}
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        for k in range(max(i2 - i1, j2 - j1)):
            i, j = i1 + k, j1 + k
            if i < i2 and j < j2:
                ma[i], mb[j] = segments(a[i], b[j])
            elif i < i2:
                ma[i] = []
            else:
                mb[j] = []
    return ma, mb


def marked_text(text, ranges):
    """Escaped text with `<mark>` around these ranges."""
    out, at = [], 0
    for start, end in ranges:
        out += [html.escape(text[at:start]), f"<mark>{html.escape(text[start:end])}</mark>"]
        at = end
    return "".join(out) + html.escape(text[at:])


def diff_html(path, variant, version, markdown, anchor=None):
    """The difference between two recorded outputs, collapsed: the changed lines with a line
    of context, `-` the primary torch's, `+` the other's, the changed words marked. Lines of
    text in a frame of their own (reader.css), not a code block: nothing in it is code to copy."""
    old, new = (without_marks((ROOT / p).read_text(encoding="utf-8")).splitlines()
                for p in (path, variant))
    if markdown:
        old, new = [readable(line) for line in old], [readable(line) for line in new]
    ma, mb = changed_lines(old, new)
    rows = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for n, group in enumerate(matcher.get_grouped_opcodes(1)):
        if n:
            rows.append('<span class="variant-skip">⋯\n</span>')
        for op, i1, i2, j1, j2 in group:
            if op == "equal":
                rows += [f"  {html.escape(line)}\n" for line in old[i1:i2]]
                continue
            # A changed line just above its new form; lines only gone or only new after them.
            for k in range(max(i2 - i1, j2 - j1)):
                if i1 + k < i2:
                    line = marked_text(old[i1 + k], ma[i1 + k])
                    rows.append(f'<span class="variant-old">- {line}\n</span>')
                if j1 + k < j2:
                    line = marked_text(new[j1 + k], mb[j1 + k])
                    rows.append(f'<span class="variant-new">+ {line}\n</span>')
    count = len(mb) or len(ma)
    script = script_of(path).as_posix()
    ident = f' id="{anchor}"' if anchor else ""
    return (f'<details class="note variant-diff"{ident}><summary>'
            f"What <code>{html.escape(script)}</code> prints: {count} line"
            f"{'s' if count != 1 else ''} of {len(new)} differ{'s' if count == 1 else ''}"
            f"</summary>\n"
            f'<div class="variant-lines">{"".join(rows)}</div>\n'
            f"</details>")


# -- marks in the tabs ------------------------------------------------------------------------

TAB_SET = re.compile(r'<div class="tabbed-set[^"]*"[^>]*>')
DIV = re.compile(r"<div\b[^>]*>|</div>")
PIECE = re.compile(r"<[^>]*>|&#?\w+;|[^<&]|&")
CODE = re.compile(r"(<pre[^>]*>(?:<span></span>)?<code[^>]*>)(.*?)(</code></pre>)", re.S)
HREF = re.compile(r'href="([^"]*)"')
ITEM = re.compile(r"<(?P<tag>li|p)(?P<attrs>(?: [^>]*)?)>(?P<inner>.*?)</(?P=tag)>", re.S)


def visible_text(fragment):
    return html.unescape(re.sub(r"<[^>]*>", "", fragment))


def mark_code(inner, marks):
    """The HTML of a code block's lines with each line of `marks` in Material's line
    highlight (`<span class="hll">`) and its ranges in `<mark>`; a range that meets a tag
    (a typed command's span) is cut there, so every element stays closed where it opened."""
    out, line, col, in_mark = [], 0, 0, False
    if 0 in marks:
        out.append('<span class="hll">')
    for piece in PIECE.findall(inner):
        if piece.startswith("<") and len(piece) > 1:
            out.append(f"</mark>{piece}<mark>" if in_mark else piece)
            continue
        ranges = marks.get(line, [])
        if in_mark and any(end == col for _, end in ranges):
            out.append("</mark>")
            in_mark = False
        if piece == "\n":
            out.append("</mark>\n" if in_mark else "\n")
            in_mark = False
            out.append("</span>" if line in marks else "")
            line, col = line + 1, 0
            out.append('<span class="hll">' if line in marks else "")
            continue
        if not in_mark and any(start == col < end for start, end in ranges):
            out.append("<mark>")
            in_mark = True
        out.append(piece)
        col += 1
    if in_mark:
        out.append("</mark>")
    out = "".join(out)
    if out.endswith('<span class="hll">'):  # past the last line
        out = out[:-len('<span class="hll">')]
    elif line in marks:
        out += "</span>"
    return out


def tab_blocks(text, start):
    """(end of the tab set that starts at `start`, [(start, end) of each tab's content])."""
    depth, blocks, at = 0, [], start
    for m in DIV.finditer(text, start):
        if m.group(0) == "</div>":
            depth -= 1
            if depth == 2 and blocks and blocks[-1][1] is None:  # a tab's block closed
                blocks[-1] = (blocks[-1][0], m.start())
            if depth == 0:
                return m.end(), blocks
        else:
            if depth == 2 and 'class="tabbed-block"' in m.group(0):
                blocks.append((m.end(), None))
            depth += 1
        at = m.end()
    return at, []


def units(fragment):
    """What one tab shows, unit by unit: its code blocks' inner HTML (a line per line), or, for
    rendered Markdown, its list items and paragraphs (a unit each). [(start, end, lines)]."""
    found = [(m.start(2), m.end(2), visible_text(m[2]).split("\n"))
             for m in CODE.finditer(fragment)]
    if found:
        return "code", found
    return "prose", [(m.start("inner"), m.end("inner"),
                      [visible_text(m["inner"]) + " " + " ".join(HREF.findall(m["inner"]))])
                     for m in ITEM.finditer(fragment)
                     if 'class="variant-why"' not in m["attrs"]]


def mark_tabs(text, label_sets):
    """Every tab set of the page whose labels are one of `label_sets`: in each tab, the lines
    where it differs from the tab before it (the first tab: from the second) highlighted, their
    differing words marked."""
    out, at = [], 0
    for m in TAB_SET.finditer(text):
        if m.start() < at:
            continue  # inside a tab set already done
        end, blocks = tab_blocks(text, m.start())
        head = text[m.start():blocks[0][0]] if blocks else ""
        labels = tuple(visible_text(x).strip()
                       for x in re.findall(r"<label[^>]*>(.*?)</label>", head))
        if tuple(labels) not in label_sets or len(blocks) != len(labels) or len(blocks) < 2:
            continue
        shown = [units(text[s:e]) for s, e in blocks]
        if len({kind for kind, _ in shown}) != 1 or len({len(u) for _, u in shown}) != 1:
            continue
        kind = shown[0][0]
        edits = {}  # position in text -> (end, replacement)
        for n, (s, _) in enumerate(blocks):
            other = shown[1 if n == 0 else n - 1][1]
            if kind == "code":
                for (us, ue, lines), (_, _, before) in zip(shown[n][1], other):
                    marks = changed_lines(before, lines)[1]
                    if marks:
                        edits[s + us] = (s + ue, mark_code(text[s + us:s + ue], marks))
            else:
                mine = [u[2][0] for u in shown[n][1]]
                marks = changed_lines([u[2][0] for u in other], mine)[1]
                for i, ranges in marks.items():
                    us, ue, _ = shown[n][1][i]
                    visible = len(visible_text(text[s + us:s + ue]))
                    inner = mark_code(text[s + us:s + ue],
                                      {0: [r for r in ranges if r[1] <= visible]})
                    # the unit as a whole: its own class, not the code block's line highlight
                    edits[s + us] = (s + ue, inner.replace('<span class="hll">',
                                                           '<span class="variant-changed">', 1))
        out.append(text[at:m.start()])
        pos = m.start()
        for start in sorted(edits):
            stop, replacement = edits[start]
            out += [text[pos:start], replacement]
            pos = stop
        out.append(text[pos:end])
        at = end
    out.append(text[at:])
    return "".join(out)


def on_post_page(output, page, config):
    """The differences in each tab set marked, on the page as the reader gets it (after the
    other hooks have marked outputs and typed commands)."""
    label_sets = _state.get("tab_sets", {}).get(page.file.src_uri)
    return mark_tabs(output, label_sets) if label_sets else output


# Before mkdocs-llmstxt turns the page into Markdown (priority 0; hooks run after plugins at the
# same priority), so that each page's Markdown in /llms.txt has the whole stamp too.
@event_priority(10)
def on_page_content(html_text, page, config, files):
    """The stamp names the second torch, and says which outputs of this page differ under it."""
    at = html_text.rfind(STAMP_TITLE)
    title_end, end = html_text.find("</p>", at), html_text.find("</div>", at)
    if at < 0 or not 0 < title_end < end or not _state["versions"]:
        return html_text
    differs = _state["differs"].get(page.file.src_uri)
    where = {path: w for path, ws in _state["shown"].items() for w in ws
             if w[0].src_uri == page.file.src_uri}
    names, sentences = [], []
    for version in _state["versions"]:
        facts = [html.escape(f) for f in _state["stamps"].get(version) or (version,)]
        names.append(facts[0])
        build = (f" (git <code>{facts[1]}</code>, {facts[2]}, run on {facts[3]})"
                 if facts[1:] else "")
        sentences.append(f"Every output is also checked against torch {facts[0]}{build}.")
        mine = [p for p in differs or [] if version in _state["variants"][p]]
        sections = dict.fromkeys((where[p][3], where[p][2] or where[p][1]) for p in mine
                                 if where[p][3])
        links = "; ".join(f'<a href="#{a}">{html.escape(s)}</a>' for a, s in sections)
        if differs is not None:  # a page that shows outputs
            sentences.append(
                f"On this page, {len(mine)} output{'s differ' if len(mine) > 1 else ' differs'} "
                f"under it, each shown for both torches in tabs" + (f": {links}." if links else ".")
                if mine else "On this page, no output differs under it.")
        changes = _state["changes"].get(version)
        if changes is not None and changes.src_uri != page.file.src_uri:
            url = get_relative_url(changes.url, page.file.url)
            sentences.append(f'<a href="{url}">What changes in torch '
                             f'{".".join(version.split(".")[:2])}</a> lists them for every page.')
    start = at + len(STAMP_TITLE)
    title = " and ".join([html_text[start:title_end], *names])
    return (html_text[:start] + title + html_text[title_end:end]
            + f"<p>{' '.join(sentences)}</p>\n" + html_text[end:])
