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

- printed source's line numbers: on the page they are in the gutter (markup.py), drawn from an
  attribute the conversion would drop; in an output, each is put back in front of its line,
  as the script printed it (a script's own numbers, linenums.py's, stay out: its code is the
  file's). A block's language is its fence's (pymdownx.highlight's pygments_lang_class);
- a link to a chapter's notebook page: the notebooks are not in /llms.txt (the chapters' own
  pages hold the same code and outputs), so the link goes to the HTML page, not to a Markdown
  file the plugin would name and never write.

A block whose text has a line of three backticks (how-this-site-is-tested shows a page's
markup) needs a longer fence than markdownify's fixed ```, or its first such line ends the
block: Fences writes one. The plugin has no option for its converter, so Fences replaces a
private attribute of it (`_converter`): on a new mkdocs-llmstxt, check that it still exists;
test_llms_markdown_has_every_block_and_output_of_its_page fails on that page if it is ignored.
"""

import re
from urllib.parse import urlsplit, urlunsplit

from markdownify import MarkdownConverter
from mkdocs_llmstxt import autoclean
from mkdocs_llmstxt._internal import plugin

from inside_pytorch.notebooks import NOTEBOOKS_URI

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


def preprocess(soup, output):
    # One walk of the page for all four (CSS selectors walked it once each, at a cost).
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
        elif "numbered" in classes and "output" in classes:  # printed source (markup.py)
            for number in tag.find_all("span", class_="linenos"):
                number.string = number.get("data-linenos", "") + " "
        elif tag.name == "svg":
            title = tag.find("title")
            if title and title.get_text(strip=True):
                tag.replace_with(soup.new_tag("p", string=title.get_text(" ", strip=True)))
        elif tag.name == "a" and tag.get("href"):
            url = urlsplit(tag["href"])
            if not url.scheme and url.path.endswith("/") and NOTEBOOKS_URI in url.path.split("/"):
                tag["href"] = urlunsplit(url._replace(path=url.path + "index.html"))
    autoclean(soup)
