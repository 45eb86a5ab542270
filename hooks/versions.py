"""MkDocs hook: a second torch's differing outputs in tabs, and listed (inside_pytorch/versions.py)."""

from inside_pytorch.versions import (on_config, on_files, on_page_content,  # noqa: F401
                                     on_page_markdown, on_post_page)
