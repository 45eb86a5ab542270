"""MkDocs hook: a notebook page fitted to the site (inside_pytorch/notebook_page.py)."""

from inside_pytorch.notebook_page import on_config, on_page_content, on_post_page  # noqa: F401
