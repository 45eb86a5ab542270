"""MkDocs hook: every chapter as a notebook, made from its pages (inside_pytorch/notebooks.py)."""

from inside_pytorch.notebooks import (on_build_error, on_config, on_files,  # noqa: F401
                                      on_page_markdown, on_post_build)
