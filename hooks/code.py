"""MkDocs hook: code blocks with fewer elements (inside_pytorch/markup.py says how)."""

from inside_pytorch.markup import unwrap_plain_spans


def on_page_content(html, page, config, files):
    return unwrap_plain_spans(html)
