"""mkdocs-llmstxt's preprocess: each page's HTML readied for Markdown (inside_pytorch/llms.py)."""

from inside_pytorch.llms import preprocess  # noqa: F401
