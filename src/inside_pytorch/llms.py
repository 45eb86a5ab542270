"""Each page as Markdown for /llms.txt: mkdocs-llmstxt converts a page's HTML to Markdown;
preprocess() (hooks/llmstxt.py, named by mkdocs.yml) readies the HTML first.

The plugin's own clean-up (mkdocs_llmstxt.autoclean, called here last, so it is off in
mkdocs.yml) drops what a Markdown reader has no use for, but also two things that carry text
on this site, which are kept first:

- a content tab's label: where torch 2.14.1 prints something else, both outputs are in tabs
  (versions.py), and without "torch 2.13.0" / "torch 2.14.1" above each the two would follow
  each other unnamed. Each label becomes a bold line above its tab's block;
- a diagram's text: the inline SVGs (docs/assets/) carry a <title> that says all the figure
  shows; it becomes a paragraph.

And two things the conversion would get wrong:

- a code block's language: the plugin takes it from a `language-*` class, which the site's
  blocks do not carry (pymdownx.highlight's pygments_lang_class is off). Every block on a page
  has a title (tests/test_pages.py): a recorded output ("Output...", "Session...", as
  markup.py reads them) is `text`, as its fence says in the page's source; a script's
  language is the one Pygments gives its file name;
- a link to a chapter's notebook page: the notebooks are not in /llms.txt (the chapters' own
  pages hold the same code and outputs), so the link goes to the HTML page, not to a Markdown
  file the plugin would name and never write.

A block whose text has a line of three backticks (how-this-site-is-tested shows a page's
markup) needs a longer fence than markdownify's fixed ```, or its first such line ends the
block: Fences writes one. The plugin has no option for its converter, so Fences replaces a
private attribute of it (`_converter`): on a new mkdocs-llmstxt, check that it still exists;
test_llms_markdown_has_every_block_and_output_of_its_page fails on that page if it is ignored.
"""

import functools
import re
from pathlib import PurePosixPath
from urllib.parse import urlsplit, urlunsplit

from markdownify import MarkdownConverter
from mkdocs_llmstxt import autoclean
from mkdocs_llmstxt._internal import plugin
from pygments.lexers import find_lexer_class_for_filename

from inside_pytorch.notebooks import NOTEBOOKS_URI

OUTPUT_TITLES = ("Output", "Session")
BACKTICKS = re.compile(r"^[ \t]*(`{3,})", re.M)


class Fences(MarkdownConverter):
    def convert_pre(self, el, text, parent_tags):
        md = super().convert_pre(el, text, parent_tags)
        runs = BACKTICKS.findall(text)
        if not runs:
            return md
        fence = "`" * (max(map(len, runs)) + 1)
        head, _, rest = md.partition("```")
        body, _, tail = rest.rpartition("```")
        return f"{head}{fence}{body}{fence}{tail}"


plugin._converter = Fences(**plugin._converter.options)


@functools.lru_cache(maxsize=None)
def _alias(suffix):
    lexer = find_lexer_class_for_filename(f"file{suffix}")
    return lexer.aliases[0] if lexer and lexer.aliases else None


def language(title):
    """The fence language of a code block with this title, or None."""
    if title.startswith(OUTPUT_TITLES):
        return "text"
    return _alias(PurePosixPath(title.split()[0]).suffix) if title.strip() else None


def preprocess(soup, output):
    # One walk of the page for the four (CSS selectors walked it once each, at a cost).
    for tag in soup.find_all(["div", "svg", "a"]):
        classes = tag.get("class") or []
        if "tabbed-set" in classes:
            labels = [label.get_text(" ", strip=True)
                      for label in tag.find("div", class_="tabbed-labels").find_all("label")]
            blocks = tag.find("div", class_="tabbed-content").find_all(
                "div", class_="tabbed-block", recursive=False)
            for label, block in zip(labels, blocks):
                line = soup.new_tag("p")
                line.append(soup.new_tag("strong", string=label))
                block.insert(0, line)
        elif "highlight" in classes:
            title = tag.find("span", class_="filename", recursive=False)
            lang = language(title.get_text()) if title else None
            if lang:
                tag["class"] = [*classes, f"language-{lang}"]
        elif tag.name == "svg":
            title = tag.find("title")
            if title and title.get_text(strip=True):
                tag.replace_with(soup.new_tag("p", string=title.get_text(" ", strip=True)))
        elif tag.name == "a" and tag.get("href"):
            url = urlsplit(tag["href"])
            if not url.scheme and url.path.endswith("/") and NOTEBOOKS_URI in url.path.split("/"):
                tag["href"] = urlunsplit(url._replace(path=url.path + "index.html"))
    autoclean(soup)
