"""MkDocs hook: outputs a page renders as Markdown, framed as outputs
(inside_pytorch/rendered_outputs.py says how)."""

from inside_pytorch.rendered_outputs import check_config, frame


def on_config(config):
    check_config(config)


def on_page_markdown(markdown_text, page, config, files):
    return frame(markdown_text)
