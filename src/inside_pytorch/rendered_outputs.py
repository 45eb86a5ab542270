"""Outputs a page renders as Markdown, framed as outputs. Called by hooks/rendered_outputs.py.

Some scripts print Markdown: a table (snippets/module/setattr_routing.py), a list of links into
torch's source (snippets/module/source_links.py). A page shows such an output rendered by
including its `.out` on a line of its own, outside a fenced block (pages.read() gives that line
as a Block whose `info` is None). Rendered, a table or a list would read as the page's own
text; a recorded output in a fenced block has its "Output" title and markup.py's class
`output`, which docs/assets/reader.css draws with an accent bar. frame() gives each such
include the same: at on_page_markdown, every include line of a `.out` outside a fence is
wrapped in a pymdownx.blocks.html block,

    /// html | div.rendered-output

    Output, rendered as Markdown
    { .rendered-output-label data-search-exclude }

    --8<-- "snippets/module/setattr_routing.out:table"

    ///

which the block extension turns into `<div class="rendered-output">` holding the label and the
rendered table or list; reader.css draws the bar, the tint and the label as a fenced output's.
The label says what the reader is looking at: the script's output, shown rendered (running the
script prints the Markdown itself). It is left out of the search index (Material's
`data-search-exclude`), as a fenced output's title is (search.py): every page with such an
output would otherwise be found by "rendered".

A block works at any indent (raw HTML with md_in_html works only at the top level). The hook
runs after versions.py's (mkdocs.yml lists it after), which puts an include whose output
differs under a second torch into content tabs, indented: each tab's output gets its frame,
as each tab of a fenced output has its title.

tests/test_site.py checks every such include of every page against the built HTML.
"""

from inside_pytorch.pages import read

LABEL = "Output, rendered as Markdown"
FRAME = "rendered-output"
EXTENSIONS = ("pymdownx.blocks.html", "attr_list")


def rendered_includes(lines):
    """The Blocks of a page's lines that are include lines of a recorded output (`.out`, any
    section or variant) outside a fenced block."""
    return [b for b in read(lines)[0]
            if b.info is None and any(path.endswith(".out") for _, path, _ in b.includes)]


def frame(markdown_text):
    """The page's Markdown with each rendered output in its frame and under its label."""
    lines = markdown_text.split("\n")
    for b in reversed(rendered_includes(lines)):
        i = b.indent
        lines[b.start:b.end] = ["", f"{i}/// html | div.{FRAME}", "", f"{i}{LABEL}",
                                f"{i}{{ .{FRAME}-label data-search-exclude }}", "", *lines[b.start:b.end], "",
                                f"{i}///", ""]
    return "\n".join(lines)


def check_config(config):
    """A one-line error where mkdocs.yml lacks an extension that frame() writes for."""
    missing = [name for name in EXTENSIONS if name not in config["markdown_extensions"]]
    if missing:
        raise SystemExit(f"hooks/rendered_outputs.py frames outputs rendered as Markdown with "
                         f"{' and '.join(missing)}: add {'them' if len(missing) > 1 else 'it'} "
                         f"to markdown_extensions in mkdocs.yml")

