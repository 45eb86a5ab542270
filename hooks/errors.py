"""MkDocs hook: the index of error messages (inside_pytorch/errors.py says how)."""

from inside_pytorch.errors import on_files, on_page_markdown  # noqa: F401
