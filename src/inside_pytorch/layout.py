"""The repository's shape: where snippets and pages live, what a chapter is, and what
mkdocs.yml says. Every other module asks here.

A chapter (the one place this is decided) is a page `docs/<name>.md` whose snippets live in
`snippets/<name>/`: its overview, and its further pages `docs/<name>/*.md`, read in the
navigation's order (chapter_pages()). `snippets/about/` holds the site's own snippets (the
stamp, the page markup) and is no chapter; every other folder under `snippets/` must have its
chapter page (tests/test_notebooks.py checks it). A new chapter needs no other step: add the
page and its folder, and the notebook, its page in the site and the download links follow.
"""

import os
import re
from pathlib import Path

import yaml

# The package is installed editable from the repository (`make` does it), so the repository is
# two folders above this file: src/inside_pytorch/layout.py.
ROOT = Path(__file__).resolve().parents[2]
if not (ROOT / "mkdocs.yml").is_file():
    raise ImportError(f"inside_pytorch is not in a clone of the site ({ROOT} has no mkdocs.yml): "
                      f"install it editable from the repository, as `make` does "
                      f"(pip install --no-deps --no-build-isolation -e .)")
SNIPPETS = ROOT / "snippets"
DOCS = ROOT / "docs"
STAMP = SNIPPETS / "about" / "stamp.out"  # appended to every page by pymdownx.snippets

RECORD_HINT = "run `make outputs` and review `git diff`"
NEXT_HINT = "run `make outputs-next` and review `git diff`"  # a second torch's outputs

NOT_CHAPTERS = {"about"}  # snippets/about/: the site's own snippets, shown by non-chapter pages


def rel(path):
    """A path as the repository names it (relative to its root)."""
    return Path(os.path.relpath(Path(path).resolve(), ROOT)).as_posix()


def snippet_scripts():
    return sorted(p for p in SNIPPETS.rglob("*.py") if "__pycache__" not in p.parts)


def pages():
    return sorted(DOCS.rglob("*.md"))


def recorded_torch_version():
    """The torch version the recorded outputs were made with, read from the stamp."""
    m = re.search(r"Checked against torch ([^\s\"]+)",
                  STAMP.read_text(encoding="utf-8")) if STAMP.exists() else None
    return m[1] if m else None


# -- mkdocs.yml ---------------------------------------------------------------------------------

class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml as data: tags such as !!python/name are kept as plain strings."""


_ConfigLoader.add_multi_constructor("", lambda loader, tag, node: getattr(node, "value", None))


def mkdocs_config():
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_ConfigLoader)


def snippet_options():
    """pymdownx.snippets' options as mkdocs.yml sets them."""
    return next(ext["pymdownx.snippets"] for ext in mkdocs_config()["markdown_extensions"]
                if isinstance(ext, dict) and "pymdownx.snippets" in ext)


def snippet_preprocessor(options=None, root=ROOT):
    """pymdownx.snippets' preprocessor as the site configures it (mkdocs.yml's options unless
    given), to expand include lines exactly as a page shows them; auto_append left out."""
    import markdown

    options = {k: v for k, v in (options or snippet_options()).items() if k != "auto_append"}
    options["base_path"] = [str(root / p) for p in options.get("base_path", ["."])]
    md = markdown.Markdown(extensions=["pymdownx.snippets"],
                           extension_configs={"pymdownx.snippets": options})
    return md.preprocessors["snippet"]


def site_markdown():
    """Python-Markdown with every extension and option of mkdocs.yml (snippets read from the
    repository, nothing appended), without the hooks: a fragment rendered as a page renders it."""
    import markdown

    names, configs = [], {}
    for ext in mkdocs_config()["markdown_extensions"]:
        name, config = next(iter(ext.items())) if isinstance(ext, dict) else (ext, {})
        names.append(name)
        configs[name] = dict(config or {})
    configs["pymdownx.snippets"] = {**snippet_options(), "base_path": [str(ROOT)], "auto_append": []}
    return markdown.Markdown(extensions=names, extension_configs=configs)


def nav_titles(nav):
    """{page: its title, or None where the entry has none} for every page of the navigation
    (mkdocs.yml's `nav`), in its order."""
    titles = {}

    def walk(entries):
        for entry in entries or []:
            for title, value in (entry.items() if isinstance(entry, dict) else [(None, entry)]):
                walk(value) if isinstance(value, list) else titles.setdefault(value, title)
    walk(nav)
    return titles


# -- chapters -----------------------------------------------------------------------------------

def chapters(root=ROOT):
    """{name: page} for every chapter: docs/<name>.md with a snippets/<name>/ folder. The
    chapter's further pages, if any, are docs/<name>/*.md (chapter_pages())."""
    return {folder.name: root / "docs" / f"{folder.name}.md"
            for folder in sorted((root / "snippets").iterdir())
            if folder.is_dir() and folder.name not in NOT_CHAPTERS
            and (root / "docs" / f"{folder.name}.md").is_file()}


def chapter_pages(name, nav_order, root=ROOT):
    """The pages of a chapter in reading order: docs/<name>.md, then docs/<name>/*.md as the
    navigation orders them (nav_order: docs-relative paths in nav order)."""
    rank = {uri: n for n, uri in enumerate(nav_order)}
    more = sorted((p for p in (root / "docs" / name).glob("*.md")),
                  key=lambda p: (rank.get(f"{name}/{p.name}", len(rank)), p.name))
    return [root / "docs" / f"{name}.md", *more]


def unclaimed_snippet_folders(root=ROOT):
    """Folders under snippets/ that are neither a chapter's nor the site's own."""
    return sorted(folder.name for folder in (root / "snippets").iterdir()
                  if folder.is_dir() and folder.name != "__pycache__"
                  and folder.name not in NOT_CHAPTERS
                  and not (root / "docs" / f"{folder.name}.md").is_file())


def chapter_title(nav, name):
    """The chapter's title in the navigation: its section's ("1. nn.Module internals") when the
    chapter is a section of pages, else its page's."""
    for entry in nav or []:
        for title, value in (entry.items() if isinstance(entry, dict) else []):
            if value == f"{name}.md":
                return title
            if isinstance(value, list) and f"{name}.md" in [
                    v for e in value if isinstance(e, dict) for v in e.values()]:
                return title
    return None
