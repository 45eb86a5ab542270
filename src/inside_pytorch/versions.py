"""Readers see what changes on a second torch: both outputs where they differ, and a list.

The site checks every snippet under its primary torch (requirements.txt) and under a second
one (`make test-next`); where the second prints something else, that output is stored beside
the primary's as `<name>.torch-<version>.out` (outputs.py names them). Its MkDocs events
(hooks/versions.py, under `hooks:` in mkdocs.yml):

- shows both on the page: a fenced block, or an include line outside one, whose included `.out`
  has such a variant becomes Material content tabs, "torch 2.13.0" (the primary, shown first)
  then "torch 2.14.1", the second including the variant in place of the primary;
- completes the torch stamp at the bottom of every page (snippets/about/stamp.out): defines
  its `[how-tested]` link for the page, names
  the second torch with its build (read from its own stamp, `stamp.torch-<version>.out`), the
  sections of this page whose outputs differ, and the page that lists them all;
- fills that page: a page whose front matter has `torch_changes: {version: ..., why: ...}`
  (docs/torch-2.14.md) gets, after its own text, every output that differs under that version,
  where the site shows it, the reason its `why` gives, and the difference as a diff.

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

from inside_pytorch.layout import ROOT, nav_titles, recorded_torch_version
from inside_pytorch.outputs import differing_parts, torch_variants, without_marks
from inside_pytorch.pages import INCLUDE, heading_ids, read

log = logging.getLogger("mkdocs.hooks.versions")
STAMP_TITLE = '<p class="admonition-title">Checked against torch '
KINDS = {"release": "Release", "build": "Build", "build and release": "Build and release"}


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
    shown, changes = {}, {}
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
            for _, path, _ in block.includes:
                shown.setdefault(path, []).append((file, title, section, anchor, block.start))
        if isinstance(meta.get("torch_changes"), dict):
            changes[str(meta["torch_changes"].get("version"))] = file
    rank = {uri: n for n, uri in enumerate(titles)}
    shown = {path: sorted(((*w[:4], rank.get(w[0].src_uri, len(rank)), w[4]) for w in where),
                          key=lambda w: w[-2:])  # in the navigation's order, then the page's
             for path, where in shown.items()}
    for path, versions in found.items():
        if path not in shown and path != stamp:
            for variant in versions.values():
                log.warning(f"{variant}: no page shows {path}, so no reader sees that it "
                            f"differs; include {path} in a page, or delete both")
    stamps = {v: stamp_facts((ROOT / p).read_text(encoding="utf-8"))
              for v, p in found.get(stamp, {}).items()} if stamp else {}
    versions = sorted({v for vs in found.values() for v in vs},
                      key=lambda v: [int(n) for n in v.split(".")])
    _state.update(variants=found, primary=primary, shown=shown, changes=changes, stamp=stamp,
                  stamps=stamps, rank=rank, versions=versions, differs={})
    return files


def differs(line, found):
    """The versions under which what this include line shows differs: a section's output is
    shown in tabs only where that section prints something else."""
    m = INCLUDE.match(line)
    if not m or m["path"] not in found:
        return []
    return [version for version, variant in found[m["path"]].items()
            if any(section == m["section"] for section, _, _ in differing_parts(m["path"], variant))]


def tabs(lines, indent, versions, found, label):
    """A block as content tabs: the primary torch's, then each version's with its variants."""
    out = []
    for version in [None, *versions]:
        out += [f'{indent}=== "torch {version or label}"', ""]
        for line in lines:
            m = INCLUDE.match(line)
            if version and m and version in differs(line, found):
                line = line.replace(f'"{m["path"]}', f'"{found[m["path"]][version]}', 1)
            body = line[len(indent):] if line.startswith(indent) else line.lstrip()
            out.append(f"{indent}    {body}" if line.strip() else "")
        out.append("")
    return out


def on_page_markdown(markdown_text, page, config, files):
    found, versions = _state["variants"], _state["versions"]
    if not page.file.src_uri.endswith(".md"):
        return markdown_text
    lines = markdown_text.split("\n")
    blocks, _ = read(lines)
    label = _state["primary"].split("+")[0]
    if any(path.endswith(".out") for b in blocks for _, path, _ in b.includes):  # shows outputs
        _state["differs"][page.file.src_uri] = list(dict.fromkeys(
            INCLUDE.match(line)["path"] for b in blocks for line in lines[b.start:b.end]
            if differs(line, found)))
    for b in reversed(blocks):
        if any(differs(line, found) for line in lines[b.start:b.end]):
            lines[b.start:b.end] = ["", *tabs(lines[b.start:b.end], b.indent, versions, found, label)]
    meta = page.meta.get("torch_changes")
    if isinstance(meta, dict):
        lines += changes_list(str(meta.get("version")), meta.get("why") or {}, page)
    # The stamp links to "how this site is tested" by reference: each page defines where.
    lines += ["", f"[how-tested]: {get_relative_url('how-this-site-is-tested.md', page.file.src_uri)}"]
    return "\n".join(lines)


def changes_list(version, why, page):
    """The Markdown that lists every output differing under `version`, in page order."""
    found, shown, stamp = _state["variants"], _state["shown"], _state["stamp"]
    second = (_state["stamps"].get(version) or (version,))[0]
    entries = []
    for path in (p for p, vs in found.items() if version in vs):
        # The stamp is on every page; link to where its script is shown instead.
        where = shown.get(Path(path).with_suffix(".py").as_posix() if path == stamp else path, [])
        order = (path != stamp, *(where[0][-2:] if where else (len(_state["rank"]), 0)))
        entries.append((order, path, where))
    out, group = [], None
    for _, path, where in sorted(entries):
        title = ("The note at the bottom of every page" if path == stamp
                 else where[0][1] if where else "On no page")
        if title != group:
            out += ["", f"## {title}"]
            group = title
        links = ", ".join(
            f"[{title}{' › ' + section if section else ''}]"
            f"({get_relative_url(file.src_uri, page.file.src_uri)}{'#' + anchor if anchor else ''})"
            for file, title, section, anchor, _, _ in where)
        kind, _, reason = str(why.get(path, "")).partition(": ")
        because = (f"**{KINDS[kind]}.** {reason[:1].upper()}{reason[1:]}"
                   if kind in KINDS and reason else "**Not reviewed yet**: no reason is given.")
        old, new = (without_marks((ROOT / p).read_text(encoding="utf-8")).splitlines(keepends=True)
                    for p in (path, found[path][version]))
        diff = "".join(difflib.unified_diff(old, new, f"torch {_state['primary']}",
                                            f"torch {second}"))
        shown_in = (f"Shown at the bottom of every page; its script is shown in {links}. "
                    if path == stamp else f"Shown in {links}. " if links else "")
        out += ["", f"### `{path}`", "", shown_in + because, "",
                "````diff", diff.rstrip("\n"), "````"]
    return out or ["", f"Every output prints the same under torch {version}."]


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
        sections = dict.fromkeys((where[p][3], where[p][2]) for p in mine if where[p][3])
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
