"""MkDocs hook: recorded outputs read as outputs (inside_pytorch/markup.py says how)."""

from inside_pytorch.markup import mark_outputs


def on_page_content(html, page, config, files):
    return mark_outputs(html)
