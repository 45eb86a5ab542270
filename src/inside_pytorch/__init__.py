"""The machinery of Inside PyTorch: what a snippet, a page, an output and a chapter are, how a
snippet runs and is recorded, how a chapter becomes a notebook, and the MkDocs hooks and pytest
plugins built on them. Its modules are imported one by one; this file imports nothing, so
runner.py, started by its path, stays free of it (README.md lists the modules)."""
