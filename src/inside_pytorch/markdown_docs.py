"""pytest-markdown-docs plugin: run each page's python blocks as the reader sees them.

Pages hold only include lines (`--8<-- "snippets/..."`); this expands them with pymdownx's own
snippet preprocessor, configured as in mkdocs.yml, so the code run is the code shown.
What runs here is what no other pass runs as shown: a block showing a section of a script
runs after the sections of that script shown before it on the page (a reader follows them as
one program, so the first one shown must hold the imports and data the rest use), and the
README's blocks. A block showing a whole script is not run here: the doc-test pass runs that
same file and compares what it prints. A script with a `<name>.pdb` beside it is a debugger session's
target (it may stop at breakpoint() or fail on purpose): its replayed transcript is checked by
the doc-test pass instead, so it is not run here; nor is a script marked `# terminal:`
(commands.terminal_reason), which runs only as its own process. A recorded output shown as
source (```python title="Output"`, inside_pytorch/markup.py) is what a script printed: not run.
Loaded with `pytest -p inside_pytorch.markdown_docs --markdown-docs docs README.md` (see the
Makefile).
"""

import contextlib
import io
import linecache

import pytest
from markdown_it import MarkdownIt
from pytest_markdown_docs._runners import DefaultRunner, register_runner

from inside_pytorch.commands import is_debugger_target, terminal_reason
from inside_pytorch.layout import snippet_preprocessor
from inside_pytorch.pages import INCLUDE


def whole_script(include):
    """A block that shows a whole script: the doc-test pass runs that very file and compares
    what it prints, and the chapter's notebook runs it again, so running it here too would
    only repeat the work."""
    return include["path"].endswith(".py") and not include["section"]


class SnippetExpandingMarkdownIt(MarkdownIt):
    """Parses the page as written (so line numbers are the page's), then expands each fence."""

    def parse(self, src, env=None):
        tokens = super().parse(src, env)
        snippets = snippet_preprocessor()
        shown_so_far = {}  # script -> its sections shown so far on this page, expanded
        for token in tokens:
            if token.type == "fence":
                code = "\n".join(snippets.run(token.content.splitlines())) + "\n"
                m = INCLUDE.match(token.content.strip())
                if m and m["path"].endswith(".out"):
                    token.info = f"output {token.info}"  # printed source: shown, not run
                elif m and (is_debugger_target(m["path"]) or terminal_reason(m["path"])
                            or whole_script(m)):
                    token.info += " notest"
                elif m and m["section"]:
                    code = shown_so_far.get(m["path"], "") + code
                    shown_so_far[m["path"]] = code
                token.content = code
        return tokens


@register_runner(default=True)
class QuietRunner(DefaultRunner):
    """Runs a block as the plugin does, keeping what it prints out of the test log (the
    doc-test pass is what compares printed output). The block's code is its own source, as a
    notebook cell's is: `inspect.getsource` (which `torch.jit.script` calls) reads it from
    linecache under the page's file name, which would otherwise give the page's Markdown."""

    def runtest(self, test, args, **kwargs):
        filename = str(test.source_path)
        saved = linecache.cache.get(filename)
        linecache.cache[filename] = (len(test.source), None,
                                     test.source.splitlines(keepends=True), filename)
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                super().runtest(test, args, **kwargs)
        finally:
            if saved is None:
                linecache.cache.pop(filename, None)
            else:
                linecache.cache[filename] = saved


@pytest.hookimpl(tryfirst=True)  # before the plugin's own default parser
def pytest_markdown_docs_markdown_it():
    return SnippetExpandingMarkdownIt("commonmark")
