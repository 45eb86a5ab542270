"""MkDocs hook: scripts numbered where a page names their lines (inside_pytorch/linenums.py)."""

from inside_pytorch.linenums import on_config, on_files, on_page_markdown  # noqa: F401
