"""Outputs read as outputs (MkDocs hook, under `hooks:` in mkdocs.yml).

A recorded output is a `text` block titled "Output..." or "Session..." on the page
(tests/test_pages.py holds every page to that). This hook marks each such block with the class
`output` (and `session` for a debugger transcript), which docs/assets/reader.css draws
differently from code, joined to the code above it, with long lines wrapped. In a transcript,
what the reader types after a `(Pdb) ` or `ipdb> ` prompt (or `>>> `/`... ` in pdb's
`interact`, or IPython's `In [n]: `) is put in a `<span class="typed">`, so the commands stand out from pdb's replies.
"""

import re

BLOCK = re.compile(r'<div class="highlight"><span class="filename">(?P<title>(?:Output|Session)'
                   r'[^<]*)</span><pre>(?P<pre>.*?)</pre></div>', re.S)
PROMPT = re.compile(r"^(?P<prompt>\(Pdb\) |ipdb&gt; |&gt;&gt;&gt; |\.\.\. |In \[[0-9]+\]: )"
                    r"(?P<typed>[^\n<]+)$", re.M)


def _mark(m):
    session = m["title"].startswith("Session")
    pre = PROMPT.sub(r'\g<prompt><span class="typed">\g<typed></span>', m["pre"]) if session \
        else m["pre"]
    kind = "output session" if session else "output"
    return (f'<div class="highlight {kind}"><span class="filename">{m["title"]}</span>'
            f"<pre>{pre}</pre></div>")


def on_page_content(html, page, config, files):
    return BLOCK.sub(_mark, html)
