"""Code blocks with fewer elements (MkDocs hook, under `hooks:` in mkdocs.yml).

Pygments puts every token of a code block in a `<span>`. Two kinds carry nothing a reader can
see: `n`, a plain name, which Material draws in the code's own colour
(`--md-code-hl-name-color: var(--md-code-fg-color)`, in both schemes), and `w`, whitespace,
which no rule styles. On a code-heavy page they are about a quarter of all elements, and each
element costs style and layout time when a phone opens the page (`make audit`). This hook
unwraps them, on the Markdown pages and the notebook pages alike; text and colours are unchanged.
"""

import re

PLAIN = re.compile(r'<span class="[nw]">([^<]*)</span>')


def on_page_content(html, page, config, files):
    return PLAIN.sub(r"\1", html)
