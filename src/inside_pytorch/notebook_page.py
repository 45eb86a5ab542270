"""A notebook page as the reader sees it: mkdocs-jupyter's page, fitted to the site.

notebooks.py makes each chapter's notebook; mkdocs-jupyter executes it and renders it with
an nbconvert template. The template is this package's (jupyter/nbconvert/templates/
mkdocs_html/notebook.html.j2, found first on JUPYTER_PATH, which on_config sets): it leaves out
what mkdocs-jupyter's own adds and the site does not want, JupyterLab's 595 KB of CSS, MathJax
and mermaid loaders from CDNs, its copy widget and script. This hook (hooks/notebook_page.py,
under `hooks:` in mkdocs.yml) then gives notebook pages what every page has:

- Material's copy button on every code block and output (<pre><code>, each with an id of its
  own), in place of mkdocs-jupyter's widget;
- a table of contents whose anchors exist, made from the headings as rendered;
- the title "Notebook: <chapter>", no place in the search index (the chapter is the hit),
  edit and view-source buttons for the chapter's page, a download button and a way back;
- the torch stamp pymdownx.snippets appends to every Markdown page;
- links within the site instead of to the published chapter;
- a debugger session's recorded text (titled by the template) marked as the chapter's are
  (markup.py: the classes `output session`, and each typed command in a `.typed` span), so
  it looks the same and wraps its long lines as the chapter's do.

Its table of contents' title is a label of no control (on_post_page says why).

A cell off the screen is not drawn until it comes near it (reader.css: content-visibility),
and holds the place of its estimated height until then: cell_heights() estimates it from the
cell's lines, as they wrap on a 390 px phone and in a 1280 px window (Material's sizes, below),
and each cell carries both (`--cell-phone`, `--cell-wide`; reader.css picks one by the
screen's width), so the page is about as long at load as once every cell has been drawn.
"""

import html
import os
import re
from pathlib import Path

import markdown
from bs4 import BeautifulSoup
from mkdocs.structure.toc import get_toc
from mkdocs.utils import get_relative_url

from inside_pytorch.layout import chapters
from inside_pytorch.markup import mark_outputs
from inside_pytorch.notebooks import JUPYTER, NOTEBOOKS_URI, published_url


def on_config(config):
    """The template's folder first on JUPYTER_PATH, where nbconvert looks for templates before
    the folder mkdocs-jupyter names (notebooks.environment() stamps its hash into every
    notebook, so a changed template is a miss of mkdocs-jupyter's cache)."""
    paths = os.environ.get("JUPYTER_PATH", "").split(os.pathsep)
    if str(JUPYTER) not in paths:
        os.environ["JUPYTER_PATH"] = os.pathsep.join(filter(None, [str(JUPYTER), *paths]))
    return config


# mkdocs-jupyter appends the notebook's Pygments CSS in a <style> after the HTML, in Python
# (nb2html), where no option or template reaches it: Material colours the code instead.
_APPENDED_STYLE = re.compile(r"\s*<style>.*?</style>\s*$", re.S)
_PRE = re.compile(r"<pre>(?!<code)(.*?)</pre>", re.S)
_CELL_OR_PRE = re.compile(r'id="cell-id=(?P<cell>[^"]+)"|<pre>')


def _pre_ids(html_text):
    """An id for each <pre>, after its cell's (cell-2-1 for the code, cell-2-2 for its first
    output). Material's copy button targets `#__code_<id> > code`, <id> being the nearest
    element's with an id: that was the cell's, `cell-id=cell-2`, not a valid CSS selector (the
    button threw and copied nothing), and shared by the cell's code and its outputs."""
    cell, count = "cell", 0

    def number(m):
        nonlocal cell, count
        if m["cell"]:
            cell, count = m["cell"], 0
            return m[0]
        count += 1
        return f'<pre id="{cell}-{count}">'
    return _CELL_OR_PRE.sub(number, html_text)


def _notebook_name(page):
    m = re.fullmatch(rf"{NOTEBOOKS_URI}/([^/]+)\.ipynb", page.file.src_uri)
    return m[1] if m and m[1] in chapters() else None


_HEADING_HTML = re.compile(r'<h(?P<level>[1-6]) id="(?P<id>[^"]+)">(?P<name>.*?)(?:<a class="anchor-link"|</h[1-6]>)', re.S)


def _toc(html_text):
    """The page's table of contents from the headings as rendered, so every entry's anchor
    exists (mkdocs-jupyter's own, made from a Markdown export, drops inline code from them)."""
    root = {"level": 0, "children": []}
    stack = [root]
    for m in _HEADING_HTML.finditer(html_text):
        token = {"level": int(m["level"]), "id": m["id"], "children": [],
                 "name": html.unescape(re.sub(r"<[^>]+>", "", m["name"])).strip()}
        while stack[-1]["level"] >= token["level"]:
            stack.pop()
        stack[-1]["children"].append(token)
        stack.append(token)
    return get_toc(root["children"])


def on_page_content(html_text, page, config, files):
    name = _notebook_name(page)
    if name is None:
        return html_text
    html_text = _APPENDED_STYLE.sub("", html_text)
    # Before <pre> gets its <code> and id below: markup.py reads the chapter's form of a block.
    html_text = mark_outputs(html_text)
    # Code and outputs get the copy button every other page has (Material's, on <pre><code>).
    html_text = _PRE.sub(r"<pre><code>\1</code></pre>", html_text)
    html_text = _pre_ids(html_text)
    page.toc = _toc(html_text)
    html_text = with_heights(html_text)
    # Titled as its h1, "Notebook: <the chapter's title>" (build_notebook), not as the chapter:
    # the <title>, the header and the browser's history tell the two apart. Out of the search
    # index: every code cell is on the chapter page, which is the hit.
    h1 = next((t for t in page.toc if t.level == 1), None)
    if h1 is not None:
        page.meta["title"] = h1.title
    page.meta["search"] = {"exclude": True}
    # "Edit"/"view source" buttons: the notebook is generated from the chapter's page.
    if page.edit_url:
        page.edit_url = page.edit_url.replace(page.file.src_uri, f"{name}.md")
    back = get_relative_url(f"{name}/" if config["use_directory_urls"] else f"{name}.html",
                            page.file.url)
    header = (f'<p class="notebook-actions"><a class="md-button md-button--primary" '
              f'href="{name}.ipynb" download>Download {name}.ipynb</a> '
              f'<a class="md-button" href="{back}">Back to the chapter</a></p>\n')
    # The .ipynb links to the published chapter; on the site, link within the site instead.
    site_url = published_url(config)
    if site_url != "/":
        root = get_relative_url(".", page.file.url).rstrip("/") + "/"
        html_text = html_text.replace(f'href="{html.escape(site_url)}', f'href="{root}')
    return header + html_text + _appended(page, config, files)


def _appended(page, config, files):
    """What pymdownx.snippets' auto_append adds to every Markdown page (the torch stamp),
    rendered for a notebook page, with its links to pages made relative as MkDocs does."""
    mdx = {k: dict(v) for k, v in config["mdx_configs"].items()}
    appended = mdx.get("pymdownx.snippets", {}).pop("auto_append", [])
    md = markdown.Markdown(extensions=config["markdown_extensions"], extension_configs=mdx)
    base = Path(config["config_file_path"]).parent
    # The stamp links to "how this site is tested" by reference, as on every Markdown page
    # (versions.py defines it there).
    rendered = md.convert("\n\n".join((base / path).read_text(encoding="utf-8")
                                       for path in appended)
                          + "\n\n[how-tested]: how-this-site-is-tested.md\n")

    def link(m):
        target = files.get_file_from_path(m[1])
        if target is None:
            return m[0]
        return f'href="{get_relative_url(target.url, page.file.url)}{m[2] or ""}"'
    return re.sub(r'href="([^":#]+\.md)(#[^"]*)?"', link, rendered)


# -- Each cell's estimated height -------------------------------------------------------------
# Material's sizes (1rem = 20px below 100em): text 0.8rem = 16px, line-height 1.6; code 0.85em
# of it = 13.6px, line-height 1.4, padded 0.772em above and below and 1.176em (16px) at each
# side; a block's margin 1em; a table's text 0.64rem with its padding (reader.css's on a phone).
# A monospace character is 0.6em wide; a character of text, on average, 0.5em (0.55em in a
# table), as measured on this site's notebook pages. The content is 358 px wide on a 390 px
# phone (0.8rem margins), 688 px in a 1280 px window (its two sidebars of 12.1rem).
WIDTHS = {"phone": 358, "wide": 688}
CODE_LINE, CODE_PAD, CODE_CHAR = 13.6 * 1.4, 2 * 0.772 * 13.6, 13.6 * 0.6
TEXT_LINE, TEXT_CHAR, MARGIN = 16 * 1.6, 16 * 0.5, 16
PROMPT = 14 * 1.6          # the "In [3]:" line above a code cell (0.7rem)
TITLE = 27                 # a code block's title bar ("Session", "%%writefile ...")
TABLE_LINE, TABLE_CHAR = 12.8 * 1.6, 12.8 * 0.55
TABLE_PAD = {"phone": (0.6 * 12.8, 0.3 * 12.8), "wide": (0.9375 * 12.8, 1.25 * 12.8)}  # (v, h)


def wrapped_rows(line, columns):
    """Rows a line of a wrapped output takes: it breaks after spaces, and anywhere in a word
    longer than a row."""
    rows, used = 1, 0
    for word in re.findall(r"\S+\s*|\s+", line):
        n = len(word.rstrip())
        if used and used + n > columns:
            rows, used = rows + 1, 0
        while n > columns:
            rows, n = rows + 1, n - columns
        used += len(word)
    return rows


def cell_height(cell, kind):
    """A cell's estimated height in px on a phone or in a wide window (kind: a key of WIDTHS)."""
    width = WIDTHS[kind]
    height = MARGIN  # the blocks' margins: one more than the blocks, none collapsing out of it
    prompt = cell.select_one(".jp-InputPrompt")
    if prompt is not None and prompt.get_text(strip=True):
        height += PROMPT
    columns = int((width - 2 * 16) // CODE_CHAR)
    for pre in cell.find_all("pre"):
        lines = pre.get_text().rstrip("\n").split("\n")
        box = pre.find_parent(class_="highlight")
        wraps = pre.find_parent(class_="jp-OutputArea") is not None or (
            box is not None and "output" in box.get("class", []))
        rows = sum(wrapped_rows(line.expandtabs(8), columns - 1) for line in lines) if wraps \
            else len(lines)
        height += rows * CODE_LINE + CODE_PAD + MARGIN
        if pre.find_previous_sibling(class_="filename") is not None:
            height += TITLE
    for tag in cell.select("p, li, summary"):
        if tag.find_parent(["pre", "table"]) is None and not (tag.name == "p" and tag.find_parent("li")):
            per_row = int(width // TEXT_CHAR) - (4 if tag.name == "li" else 0)
            rows = max(1, -(-len(tag.get_text(" ", strip=True)) // per_row))
            height += rows * TEXT_LINE + (MARGIN / 2 if tag.name == "li" else MARGIN)
    for table in cell.find_all("table"):
        rows = [[len(c.get_text(" ", strip=True)) for c in tr.find_all(["td", "th"])]
                for tr in table.find_all("tr")]
        widest = [max((r[i] if i < len(r) else 0) for r in rows) for i in range(max(map(len, rows)))]
        v, h = TABLE_PAD[kind]
        room = width - len(widest) * 2 * h
        for r in rows:  # each column as wide as its share of the widest cells' text
            lines = max((-(-n * TABLE_CHAR * sum(widest) // max(room * widest[i], 1)) or 1)
                        for i, n in enumerate(r)) if r else 1
            height += lines * TABLE_LINE + 2 * v + 1
        height += MARGIN + 2
    return round(height)


_SPAN = re.compile(r"</?span\b[^>]*>")
_TITLE_SPAN = re.compile(r'<span class="filename">([^<]*)</span>')
_CELL_TAG = re.compile(r'<div class="(?P<cls>jp-Cell [^"]*)" id="cell-id=(?P<id>[^"]+)"')


def with_heights(html_text):
    """Each cell's opening tag with its estimated heights on a phone and in a wide window."""
    # Parsed without Pygments' spans, most of the page's tags (a title bar's is kept, renamed).
    bare = _SPAN.sub("", _TITLE_SPAN.sub(r'<b class="filename">\1</b>', html_text))
    soup = BeautifulSoup(bare, "html.parser")
    heights = {cell["id"].removeprefix("cell-id="): {kind: cell_height(cell, kind) for kind in WIDTHS}
               for cell in soup.select('div.jp-Cell[id^="cell-id="]')}

    def tag(m):
        h = heights.get(m["id"])
        return m[0] if h is None else (
            f'{m[0]} style="--cell-phone: {h["phone"]}px; --cell-wide: {h["wide"]}px"')
    return _CELL_TAG.sub(tag, html_text)


# Material titles a table of contents <label for="__toc">: its navigation puts that toggle
# beside the page's own entry (partials/nav-item.html), which opens the contents on a phone. A
# notebook page is in no navigation, so no toggle exists and the label named no control (invalid
# HTML: the Nu validator's error; a click on it did nothing). The title stays as it looks, as a
# label of no control. tests/test_site.py checks that every label's `for` names a control.
_TOC_TITLE = '<label class="md-nav__title" for="__toc">'


def on_post_page(output, page, config):
    if _notebook_name(page) is None or 'id="__toc"' in output:
        return output
    return output.replace(_TOC_TITLE, '<label class="md-nav__title">')
