"""What every built page's HTML gets: recorded outputs marked as outputs, and code blocks with
fewer elements. Called by hooks/outputs.py and hooks/code.py.

A recorded output is a `text` block titled "Output..." or "Session..." on the page
(tests/test_pages.py holds every page to that). mark_outputs() gives each such block the class
`output` (and `session` for a debugger transcript), which docs/assets/reader.css draws
differently from code, joined to the code above it, with long lines wrapped. In a transcript,
what the reader types after a `(Pdb) ` or `ipdb> ` prompt (or `>>> `/`... ` in pdb's
`interact`, or IPython's `In [n]: `) is put in a `<span class="typed">`, so the commands stand
out from pdb's replies.

Pygments puts every token of a code block in a `<span>`. Two kinds carry nothing a reader can
see: `n`, a plain name, which Material draws in the code's own colour
(`--md-code-hl-name-color: var(--md-code-fg-color)`, in both schemes), and `w`, whitespace,
which no rule styles. On a code-heavy page they are about a quarter of all elements, and each
element costs style and layout time when a phone opens the page (`make audit`).
unwrap_plain_spans() unwraps them, on the Markdown pages and the notebook pages alike; text and
colours are unchanged.
"""

import re

BLOCK = re.compile(r'<div class="highlight"><span class="filename">(?P<title>(?:Output|Session)'
                   r'[^<]*)</span><pre>(?P<pre>.*?)</pre></div>', re.S)
PROMPT = re.compile(r"^(?P<prompt>\(Pdb\) |ipdb&gt; |&gt;&gt;&gt; |\.\.\. |In \[[0-9]+\]: )"
                    r"(?P<typed>[^\n<]+)$", re.M)
PLAIN = re.compile(r'<span class="[nw]">([^<]*)</span>')


def _mark(m):
    session = m["title"].startswith("Session")
    pre = PROMPT.sub(r'\g<prompt><span class="typed">\g<typed></span>', m["pre"]) if session \
        else m["pre"]
    kind = "output session" if session else "output"
    return (f'<div class="highlight {kind}"><span class="filename">{m["title"]}</span>'
            f"<pre>{pre}</pre></div>")


def mark_outputs(html):
    return BLOCK.sub(_mark, html)


def unwrap_plain_spans(html):
    return PLAIN.sub(r"\1", html)
