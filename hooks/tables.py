"""Tables that fit a phone (MkDocs hook, under `hooks:` in mkdocs.yml).

On a narrow screen docs/assets/reader.css lets a table's columns shrink to their longest word
and stops code inside cells from breaking between any two letters (Material's default). So that
an identifier still has places to break, this hook puts a `<wbr>` (a break the browser takes
only when it must; copied and searched text are unchanged) in the code of every table cell:
after `_` or `.` inside a name, before `(`, and where lower case meets upper case
(`Unsafe|View|Backward0`). tests/test_browser.py checks that no page scrolls sideways at 390 px.
"""

import re

TABLE = re.compile(r"<table>.*?</table>", re.S)
CODE = re.compile(r"(<code>)([^<]*)(</code>)")
BREAK = re.compile(r"(?<=[a-z0-9])(?=[A-Z(])|(?<=[a-z0-9][._])(?=[A-Za-z])")


def wbr(code):
    return code[1] + BREAK.sub("<wbr>", code[2]) + code[3]


def on_page_content(html, page, config, files):
    return TABLE.sub(lambda table: CODE.sub(wbr, table[0]), html)
