"""Every chapter as a Jupyter notebook, generated from the chapter's own snippets at build time.

What is a chapter (the one place this is decided): a page `docs/<name>.md` whose snippets live
in `snippets/<name>/`, its overview, and its further pages `docs/<name>/*.md`, read in the
navigation's order (chapter_pages()). `snippets/about/` holds the site's own snippets (the stamp, the page
markup) and is no chapter; every other folder under `snippets/` must have its chapter page,
which `tests/test_notebooks.py` checks. A new chapter needs no other step: add the page and its
folder, and the notebook, its page in the site and the download links follow.

The notebook of a chapter holds, in reading order (the overview, then each further page, whose
title becomes a heading), one code cell per snippet include in a fenced code block of a page (a whole file or a named section, expanded by pymdownx.snippets exactly
as the page shows it), under short markdown cells with the page's section titles and links back
to the chapter. A debugger session's target (a script with `<name>.pdb` beside it) cannot run
in a kernel: it becomes a markdown cell showing the script and the recorded session. So does
a script whose first line says it needs a terminal (`# terminal: why`), with its recorded
output. The first cell, titled "Notebook: <the chapter's title>", says which torch the
notebook was made for and how to install it.

A downloaded notebook runs in an empty folder with nothing but torch (and a Jupyter kernel):
- a cell that reads a repository file by its path (snippets run from the repository's root,
  `open("snippets/cpp/x.cpp")`) finds it because the notebook carries it: setup cells after the
  first write each such file with `%%writefile`, byte for byte, where the repository has it;
- a cell whose script runs a program the reader may lack (`subprocess.run(["gdb", ...])`)
  starts with `%%needs gdb snippets/<chapter>/<name>.out`, a cell magic a setup cell defines:
  with the program on PATH the cell runs as written; without it, it prints one line saying so
  and the recorded output, which the notebook carries like the files above.
Setup cells are the only code that is not a snippet of the page.

This hook (registered under `hooks:` in mkdocs.yml):
- writes each notebook, at every build, into a folder of its own under a new temporary
  directory (`<tmp>/<name>/notebooks/<name>.ipynb`, removed after the build), and adds it to
  the site as `notebooks/<name>.ipynb`, where mkdocs-jupyter executes it in that otherwise
  empty folder, renders it as a page and copies the `.ipynb` beside it for download
  (`include_source`);
- registers the kernel mkdocs-jupyter runs (`kernel_name` in mkdocs.yml) as this very python,
  the venv's, so the build executes against the installed torch;
- stamps the environment (torch version and commit, python, every installed package) into the
  notebook's metadata, so mkdocs-jupyter's cache, keyed on the notebook's bytes, is keyed on
  everything that can change an output: a new torch or a changed snippet is a cache miss;
- keeps notebook pages out of the navigation (`not_in_nav`), so out of the previous/next
  chain, and out of the search index (the chapter is the hit), and adds to each chapter page
  the links to its notebook, executed and for download;
- drops the ~595 KB of JupyterLab CSS mkdocs-jupyter inlines into every notebook page (cells
  take Material's code styles instead: `highlight_extra_classes` in mkdocs.yml, and a few
  rules in docs/assets/reader.css), and its MathJax and mermaid loaders (CDN scripts);
- gives notebook pages what every page has: Material's copy buttons, the torch stamp, a table
  of contents whose anchors exist.
"""

import ast
import hashlib
import html
import importlib.metadata
import json
import os
import platform
import re
import shutil
import sys
import tempfile
from pathlib import Path

import markdown
import nbformat
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.structure.toc import get_toc
from mkdocs.utils import get_relative_url
from mkdocs.utils.yaml import yaml_load
from pathspec.gitignore import GitIgnoreSpec

KERNEL = "inside-pytorch"  # mkdocs.yml's mkdocs-jupyter `kernel_name` must name it
NOT_CHAPTERS = {"about"}  # snippets/about/: the site's own snippets, shown by non-chapter pages
NOTEBOOKS_URI = "notebooks"  # notebooks/<name>.ipynb in the site

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "notebooks"

sys.path.insert(0, str(ROOT / "tests"))  # what a fence and an include are: said once, there
from doclib import (FENCE as _FENCE, INCLUDE as _INCLUDE, command_for,  # noqa: E402
                    is_debugger_target, shell_line, snippet_preprocessor,
                    terminal_reason)
_HEADING = re.compile(r"^(?P<level>#{1,6})[ \t]+(?P<text>.+?)(?:[ \t]+#+)?[ \t]*$")


# -- what a chapter is, and what its notebook holds ---------------------------------------------

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


def page_items(page):
    """The page in order: ("title", text), ("heading", level, text) and ("include", path,
    section) for each python include in a top-level fenced block."""
    lines = page.read_text(encoding="utf-8").splitlines()
    i = 0
    if lines and lines[0].strip() == "---":  # front matter
        i = next((n for n in range(1, len(lines)) if lines[n].strip() == "---"), 0) + 1
    while i < len(lines):
        fence = _FENCE.match(lines[i])
        heading = _HEADING.match(lines[i])
        if fence:
            close = re.compile(rf"^[ \t]*{re.escape(fence['fence'][0])}{{{len(fence['fence'])},}}[ \t]*$")
            i += 1
            while i < len(lines) and not close.match(lines[i]):
                m = _INCLUDE.match(lines[i])
                if m and m["path"].endswith(".py") and fence["info"].strip().startswith("python"):
                    yield ("include", m["path"], m["section"])
                i += 1
        elif heading:
            level = len(heading["level"])
            yield ("title", heading["text"]) if level == 1 else ("heading", level, heading["text"])
        i += 1


def environment():
    """What the outputs depend on besides the snippets: the kernel's python and packages.
    Read without importing torch (the hook runs in every `mkdocs serve` rebuild)."""
    torch_version = importlib.metadata.version("torch")
    version_py = importlib.metadata.distribution("torch").locate_file("torch/version.py")
    git = re.search(r"git_version\s*=\s*['\"]([0-9a-f]+)", Path(version_py).read_text())
    packages = sorted(f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions())
    return {"torch": torch_version, "torch_git_version": git[1] if git else None,
            "python": platform.python_version(), "machine": f"{platform.machine()} {platform.system()}",
            "packages_sha256": hashlib.sha256("\n".join(packages).encode()).hexdigest()}


def _snippet_expander(snippet_config, root):
    snippets = snippet_preprocessor(snippet_config, root)
    return lambda path, section: "\n".join(snippets.run(
        [f'--8<-- "{path}{":" + section if section else ""}"'])).strip("\n")


def _anchors(headings, toc_config):
    """The ids the page's toc extension gives these headings (same slugify, same dedup)."""
    md = markdown.Markdown(extensions=["toc", "attr_list"],
                           extension_configs={"toc": {k: v for k, v in toc_config.items()
                                                      if k in ("slugify", "separator")}})
    md.convert("\n\n".join("#" * level + " " + text for level, text in headings))
    flat = []

    def walk(tokens):
        for t in tokens:
            flat.append(t["id"])
            walk(t["children"])
    walk(md.toc_tokens)
    return flat


_REPO_PATH = re.compile(r"""["'](snippets/[^"'\s]+)["']""")


def needed_files(codes, root=ROOT):
    """Repository files the code reads by their repo-relative path (snippets run from the
    repository root, so `open("snippets/cpp/x.cpp")` or `runpy.run_path("snippets/...")`),
    followed through the files found; sorted."""
    found, todo = set(), list(codes)
    while todo:
        for path in _REPO_PATH.findall(todo.pop()):
            if path not in found and (root / path).is_file():
                found.add(path)
                todo.append((root / path).read_text(encoding="utf-8", errors="replace"))
    return sorted(found)


_TOOL = re.compile(r"""\bsubprocess\.\w+\(\s*\[\s*["']([\w.+-]+)["']""")


def tool_needed(code):
    """The program a snippet runs by its name (`subprocess.run(["gdb", ...])`), which a reader
    may not have, or None. Python itself is run as sys.executable, never by name."""
    m = _TOOL.search(code)
    return m[1] if m else None


def needs_line(tool, path):
    """The first line of the cell of a snippet that runs `tool`: the `%%needs` magic (defined
    by _needs_magic) and the recorded output it prints where `tool` is missing."""
    return f"%%needs {tool} {Path(path).with_suffix('.out').as_posix()}"


def _needs_magic(env):
    """The setup cell that defines `%%needs`."""
    pin = env["torch"].split("+")[0]
    return (
        "# `%%needs <program> <file>` starts a cell that runs <program>. Where it is\n"
        "# installed, the cell runs as written; where it is not, the cell prints\n"
        f"# <file>: what it printed with torch {pin}, after a line that says so.\n"
        "import shutil\n\n"
        "from IPython import get_ipython\n"
        "from IPython.core.magic import register_cell_magic\n\n\n"
        "@register_cell_magic\n"
        "def needs(line, cell):\n"
        "    program, recorded = line.split()\n"
        "    if shutil.which(program):\n"
        "        get_ipython().run_cell(cell).raise_error()\n"
        "        return\n"
        "    print(f\"{program} is not installed (not on PATH); what this cell \"\n"
        f"          f\"printed with torch {pin} on {env['machine']}:\")\n"
        "    with open(recorded, encoding=\"utf-8\") as f:\n"
        "        print(f.read(), end=\"\")")


def published_url(config):
    """The site's address as mkdocs.yml gives it (`mkdocs serve` replaces config.site_url with
    its own address; a notebook must not change with it, or the cache would miss)."""
    with open(config["config_file_path"], encoding="utf-8") as f:
        url = (yaml_load(f) or {}).get("site_url") or config.get("site_url") or ""
    return url.rstrip("/") + "/"


def repository_url(config):
    """The repository's web address, from repo_url or from edit_uri."""
    if config.get("repo_url"):
        return config["repo_url"].rstrip("/")
    m = re.match(r"(https?://[^/]+/[^/]+/[^/]+)/(?:edit|blob)/", config.get("edit_uri") or "")
    return m[1] if m else None


def _plain(text):
    """A heading as the notebook shows it: Markdown kept, attr_list and permalink syntax not."""
    return re.sub(r"\s*\{[^}]*\}\s*$", "", text)


def build_notebook(name, page, *, page_url, snippet_config, toc_config, env, root=ROOT,
                   repo_url=None, title=None, more=()):
    """The chapter's notebook (an nbformat node). page_url: the chapter's absolute URL; title:
    the chapter's title in the navigation (else the page's own); more: [(page, its URL)] for
    the chapter's further pages, whose titles become headings of the notebook."""
    expand = _snippet_expander(snippet_config, root)
    items = [(*i, page_url) for i in page_items(page)]
    for other, url in more:
        items += [("heading", 2, i[1], url) if i[0] == "title" else
                  ("heading", i[1] + 1, i[2], url) if i[0] == "heading" else (*i, url)
                  for i in page_items(other)]
    title = title or next((_plain(i[1]) for i in items if i[0] == "title"), name)
    anchors = iter([a for p, u in [(page, page_url), *more]
                    for a in [None] * (p is not page) + _anchors(
                        [(i[1], i[2]) for i in page_items(p) if i[0] == "heading"], toc_config)])
    pin = env["torch"].split("+")[0]

    cells = [nbformat.v4.new_markdown_cell(
        f"# Notebook: {title}\n\n"
        f"The code of the chapter [{title}]({page_url}) of *Inside PyTorch*, as a notebook: each "
        f"code cell is a file, or a named section of one, from the site's `snippets/` folder, in "
        f"the order the chapter shows them. Run the cells from the top: later ones use what "
        f"earlier ones define.\n\n"
        f"Made for **torch {pin}** ({env['torch']}, commit `{(env['torch_git_version'] or '')[:7]}`) "
        f"on Python {env['python'].rsplit('.', 1)[0]}; every output was checked against the "
        f"chapter's recorded outputs with that version. Install it with:\n\n"
        f"```\npip install torch=={pin}\n```")]
    intro = cells[0]
    pending = []  # headings not yet written: a heading is written before its first code cell
    parents, written = {}, set()
    recorded = {}  # {recorded output a %%needs cell prints without its program: the program}
    for item in items:
        if item[0] == "heading":
            level, text, url = item[1], _plain(item[2]), item[3]
            anchor = next(anchors)
            parents = {lvl: h for lvl, h in parents.items() if lvl < level}
            parents[level] = (level, text, url + (f"#{anchor}" if anchor else ""))
            pending = [parents[lvl] for lvl in sorted(parents) if parents[lvl] not in written]
        elif item[0] == "include":
            _, path, section, _ = item
            if pending:
                lines = [f"{'#' * lvl} {text}" for lvl, text, _ in pending]
                level, text, link = pending[-1]
                lines.append(f"[Read this section in the chapter]({link})")
                cells.append(nbformat.v4.new_markdown_cell("\n\n".join(lines)))
                written.update(pending)
                pending = []
            code = expand(path, section)
            meta = {"inside_pytorch": {"snippet": path, "section": section}}
            if is_debugger_target(path, root):
                out = (root / path).with_suffix(".out")
                transcript = out.read_text(encoding="utf-8") if out.exists() else ""
                shell = shell_line({**command_for(root / path), "stdin": None})
                cells.append(nbformat.v4.new_markdown_cell(
                    f"`{path}` is the target of a debugger session, which needs a terminal, "
                    f"not a kernel: from the root of a clone of this site's repository, run "
                    f"`{shell}`, then type the commands of the session recorded below.\n\n"
                    f"```python\n{code}\n```\n\nThe recorded session:\n\n````text\n{transcript}````",
                    metadata={"inside_pytorch": {**meta["inside_pytorch"], "debugger": True}}))
            elif why := terminal_reason(path, root):
                out = (root / path).with_suffix(".out").read_text(encoding="utf-8")
                cells.append(nbformat.v4.new_markdown_cell(
                    f"`{path}` runs in a terminal, not in a kernel ({why}): from the root of a "
                    f"clone of this site's repository, run `{shell_line(command_for(root / path))}`."
                    f"\n\n```python\n{code}\n```\n\nIts recorded output:\n\n````text\n{out}````",
                    metadata={"inside_pytorch": {**meta["inside_pytorch"], "terminal": True}}))
            elif tool := tool_needed(code):
                if section:  # its .out is the whole script's output, not this section's
                    raise SystemExit(f"docs/{name}.md: {path} runs {tool}: include it whole, so "
                                     f"its notebook cell can show its .out where {tool} is missing")
                meta["inside_pytorch"]["needs"] = tool
                recorded[Path(path).with_suffix(".out").as_posix()] = tool
                cells.append(nbformat.v4.new_code_cell(f"{needs_line(tool, path)}\n{code}",
                                                       metadata=meta))
            else:
                cells.append(nbformat.v4.new_code_cell(code, metadata=meta))
    # What the code imports besides torch and the standard library goes on the install line.
    extra = installs_needed([c.source for c in cells if c.cell_type == "code"])
    if extra:
        intro.source = intro.source.replace(f"pip install torch=={pin}\n",
                                            f"pip install torch=={pin} {' '.join(extra)}\n")
    # Snippets run from the repository's root: the notebook carries what they read there.
    needs = needed_files([c.source for c in cells if c.cell_type == "code"], root)
    carried = needs + sorted(set(recorded) - set(needs))
    setup = []
    if needs:
        where = f"[the repository]({repo_url})" if repo_url else "the site's repository"
        intro.source += (
            f"\n\nThe chapter's code reads files of {where} by their path from its root "
            f"({', '.join(f'`{n}`' for n in needs)}). The setup cells below write them into "
            f"this notebook's folder, where the code finds them, so the notebook runs in any "
            f"folder.")
    if carried:
        folders = sorted({Path(n).parent.as_posix() for n in carried})
        setup.append(nbformat.v4.new_code_cell(
            "# Setup: the folders of the files the next cells write.\nimport os\n\n"
            + "\n".join(f'os.makedirs("{f}", exist_ok=True)' for f in folders),
            metadata={"inside_pytorch": {"setup": "folders"}}))
        setup += [nbformat.v4.new_code_cell(
            f"%%writefile {n}\n" + (root / n).read_text(encoding="utf-8"),
            metadata={"inside_pytorch": {"setup": "file", "path": n}}) for n in carried]
    if recorded:
        programs = sorted(set(recorded.values()))
        intro.source += (
            f"\n\nA cell that runs {', '.join(f'`{p}`' for p in programs)}, which you may not "
            f"have installed, starts with `%%needs`, a cell magic the last setup cell defines: "
            f"without the program, the cell prints the output it printed with torch "
            f"{pin} (a file the setup cells write too) instead of failing.")
        setup.append(nbformat.v4.new_code_cell(
            _needs_magic(env), metadata={"inside_pytorch": {"setup": "needs"}}))
    cells[1:1] = setup
    for n, cell in enumerate(cells):
        cell["id"] = f"cell-{n}"  # stable ids: the same inputs give the same bytes

    sources = hashlib.sha256()
    for path in sorted({p for p in (root / "snippets" / name).rglob("*")
                        if p.is_file() and "__pycache__" not in p.parts}
                       | {root / n for n in carried}):
        sources.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    nb = nbformat.v4.new_notebook(cells=cells, metadata={
        "kernelspec": {"name": "python3", "display_name": "Python 3 (ipykernel)",
                       "language": "python"},
        "language_info": {"name": "python"},
        "inside_pytorch": {"chapter": name, "page": f"docs/{name}.md", "url": page_url,
                           "reads_repository_files": needs, "carries": carried,
                           "made_with": env, "snippets_sha256": sources.hexdigest()},
    })
    nbformat.validate(nb)
    return nb


def nav_titles(nav):
    """{page: title} for every page the navigation (mkdocs.yml's `nav`) titles, in its order."""
    titles = {}

    def walk(entries):
        for entry in entries or []:
            if isinstance(entry, dict):
                for title, value in entry.items():
                    walk(value) if isinstance(value, list) else titles.setdefault(value, title)
    walk(nav)
    return titles


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


def write_notebooks(config, run_dir, root=ROOT):
    """Write every chapter's notebook into run_dir/<name>/; {name: src_dir}. The same inputs
    give the same bytes (mkdocs-jupyter's cache is keyed on them), wherever they are written.
    mkdocs-jupyter executes a notebook in its own folder, which holds nothing else: a cell
    finds only what the notebook itself writes, as in a reader's empty folder."""
    env = environment()
    titles = nav_titles(config["nav"])
    site_url = published_url(config)
    snippet_config = config["mdx_configs"].get("pymdownx.snippets", {})
    toc_config = config["mdx_configs"].get("toc", {})
    written = {}
    for name, page in chapters(root).items():
        def url(uri):
            return site_url + (uri[:-3] + "/" if config["use_directory_urls"]
                               else uri[:-3] + ".html")
        more = [(p, url(f"{name}/{p.name}")) for p in chapter_pages(name, list(titles), root)[1:]]
        nb = build_notebook(name, page, page_url=url(f"{name}.md"), snippet_config=snippet_config,
                            toc_config=toc_config, env=env, root=root,
                            repo_url=repository_url(config), title=chapter_title(config["nav"], name),
                            more=more)
        path = Path(run_dir) / name / notebook_uri(name)
        path.parent.mkdir(parents=True)
        path.write_text(nbformat.writes(nb) + "\n", encoding="utf-8")
        written[name] = path.parent.parent
    return written


def register_kernel(base=CACHE):
    """A kernelspec named KERNEL that runs this python (the venv's), found through JUPYTER_PATH
    by mkdocs-jupyter's executor here and by nbclient in the tests."""
    spec = base / "jupyter" / "kernels" / KERNEL / "kernel.json"
    spec.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({
        "argv": [sys.executable, "-Xfrozen_modules=off", "-m", "ipykernel_launcher",
                 "-f", "{connection_file}",
                 "--log-level=ERROR"],  # not its warning about TCP on every start
        "display_name": "Inside PyTorch (the site's venv)", "language": "python",
        "env": {"PYDEVD_DISABLE_FILE_VALIDATION": "1"}, "metadata": {"debugger": False},
    }, indent=1)
    if not spec.exists() or spec.read_text() != text:
        spec.write_text(text)
    path = str(base / "jupyter")
    if path not in os.environ.get("JUPYTER_PATH", "").split(os.pathsep):
        os.environ["JUPYTER_PATH"] = os.pathsep.join(filter(None, [path, os.environ.get("JUPYTER_PATH")]))


def notebook_uri(name):
    return f"{NOTEBOOKS_URI}/{name}.ipynb"


def download_path(name, use_directory_urls=True):
    """Where mkdocs-jupyter's include_source puts the .ipynb: beside the notebook's page."""
    return f"{NOTEBOOKS_URI}/{name}/{name}.ipynb" if use_directory_urls else f"{NOTEBOOKS_URI}/{name}.ipynb"


# -- MkDocs events ---------------------------------------------------------------------------

_state = {"chapters": {}, "titles": {}, "run_dir": None}


def _jupyter_plugin(config):
    plugin = config["plugins"].get("mkdocs-jupyter")
    if plugin is None:
        raise SystemExit("hooks/notebooks.py needs the mkdocs-jupyter plugin in mkdocs.yml")
    return plugin


def on_config(config):
    plugin = _jupyter_plugin(config)
    if plugin.config["kernel_name"] != KERNEL:
        raise SystemExit(f"mkdocs.yml: mkdocs-jupyter's kernel_name must be {KERNEL!r}, the "
                         f"kernel hooks/notebooks.py registers as this python")
    register_kernel()
    if not plugin.config["execute"]:
        # mkdocs-jupyter evicts every cache entry a build did not use: a build without
        # execution keeps its own cache, so it does not throw away the executed outputs.
        if not plugin.config["cache_dir"].endswith("-unexecuted"):
            plugin.config["cache_dir"] = plugin.config["cache_dir"].rstrip("/") + "-unexecuted"
    _state["chapters"] = chapters()
    _state["titles"] = nav_titles(config["nav"])
    # A notebook page is its chapter's companion, reached from the chapter's links to it: out
    # of the navigation, so out of the previous/next chain (the chapters' "Next" stays among
    # the chapters), and no omitted_files warning for it.
    notebooks = GitIgnoreSpec.from_lines([f"/{NOTEBOOKS_URI}/*.ipynb"])
    config["not_in_nav"] = config["not_in_nav"] + notebooks if config["not_in_nav"] else notebooks
    return config


def _remove_run_dir():
    if _state["run_dir"]:
        shutil.rmtree(_state["run_dir"], ignore_errors=True)
        _state["run_dir"] = None


@event_priority(100)  # before mkdocs-jupyter's on_files turns .ipynb files into pages
def on_files(files, config):
    # A new folder per build: builds side by side (a `make serve` and a test run) never run a
    # notebook where another wrote its files.
    _remove_run_dir()
    _state["run_dir"] = tempfile.mkdtemp(prefix="inside-pytorch-notebooks-")
    for name, src_dir in write_notebooks(config, _state["run_dir"]).items():
        # A real file (not File.generated: mkdocs-jupyter's wrapper loses a generated file's
        # path, and executes a notebook in the folder that file is in).
        files.append(File(notebook_uri(name), src_dir=str(src_dir), dest_dir=config["site_dir"],
                          use_directory_urls=config["use_directory_urls"]))
    return files


@event_priority(-100)  # after mkdocs-jupyter's on_post_page has copied each .ipynb
def on_post_build(config):
    _remove_run_dir()


def on_build_error(error):
    _remove_run_dir()


def on_page_markdown(markdown_text, page, config, files):
    name = Path(page.file.src_uri).stem
    if page.file.src_uri != f"{name}.md" or name not in _state["chapters"]:
        return markdown_text
    download = get_relative_url(download_path(name, config["use_directory_urls"]), page.file.url)
    box = (f'!!! example "Run this chapter in Jupyter"\n'
           f'    <a href="{download}" download>Download {name}.ipynb</a>: this chapter\'s code, '
           f"every block in page order, as a notebook; or [read it executed]"
           f"({get_relative_url(notebook_uri(name), page.file.src_uri)}), as this site's build "
           f"ran it with the torch named at the bottom of this page.\n")
    # After the title (and the paragraph that opens the chapter, if any).
    lines = markdown_text.split("\n")
    at = next((i + 1 for i, line in enumerate(lines) if line.startswith("# ")), 0)
    while at < len(lines) and not lines[at].strip():
        at += 1
    while at < len(lines) and lines[at].strip() and not lines[at].startswith(("#", "```", "--8<--")):
        at += 1
    return "\n".join(lines[:at] + ["", box] + lines[at:])


_STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.S)
_MATHJAX = re.compile(r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.S)
_MODULE_SCRIPT = re.compile(r'<script type="module">.*?</script>', re.S)
_SCRIPT = re.compile(r"<script>.*?</script>", re.S)
_COPY_WIDGET = re.compile(r'<div class="zeroclipboard-container">.*?</clipboard-copy>\s*</div>'
                          r'|<div class="clipboard-copy-txt"[^>]*>.*?</div>', re.S)
_PRE = re.compile(r"<pre>(?!<code)(.*?)</pre>", re.S)
_CELL_OR_PRE = re.compile(r'id="cell-id=(?P<cell>[^"]+)"|<pre>')


def _pre_ids(html_text):
    """An id for each <pre>, after its cell's (cell-2-1 for the code, cell-2-2 for its first
    output). Material's copy button targets `#__code_<id> > code`, <id> being the nearest
    element's with an id: that was the cell's, `cell-id=cell-2`, not a valid CSS selector (the
    button threw and copied nothing), and shared by the cell's code and its outputs."""
    cell, count = "cell", 0

    def number(m):
        nonlocal cell, count
        if m["cell"]:
            cell, count = m["cell"], 0
            return m[0]
        count += 1
        return f'<pre id="{cell}-{count}">'
    return _CELL_OR_PRE.sub(number, html_text)


def _notebook_name(page):
    m = re.fullmatch(rf"{NOTEBOOKS_URI}/([^/]+)\.ipynb", page.file.src_uri)
    return m[1] if m and m[1] in _state["chapters"] else None


_HEADING_HTML = re.compile(r'<h(?P<level>[1-6]) id="(?P<id>[^"]+)">(?P<name>.*?)(?:<a class="anchor-link"|</h[1-6]>)', re.S)


def _toc(html_text):
    """The page's table of contents from the headings as rendered, so every entry's anchor
    exists (mkdocs-jupyter's own, made from a Markdown export, drops inline code from them)."""
    root = {"level": 0, "children": []}
    stack = [root]
    for m in _HEADING_HTML.finditer(html_text):
        token = {"level": int(m["level"]), "id": m["id"], "children": [],
                 "name": html.unescape(re.sub(r"<[^>]+>", "", m["name"])).strip()}
        while stack[-1]["level"] >= token["level"]:
            stack.pop()
        stack[-1]["children"].append(token)
        stack.append(token)
    return get_toc(root["children"])


def on_page_content(html_text, page, config, files):
    name = _notebook_name(page)
    if name is None:
        return html_text
    html_text = _STYLE.sub("", html_text)  # JupyterLab's stylesheet, 595 KB per page
    html_text = _MATHJAX.sub("", html_text)  # a CDN script; no notebook here has math
    html_text = _MODULE_SCRIPT.sub(
        lambda m: "" if "mermaid" in m[0] else m[0], html_text)  # loads mermaid from a CDN
    # Code and outputs get the copy button every other page has (Material's, on <pre><code>),
    # in place of mkdocs-jupyter's own widget, its hidden copy of each cell and its 4 KB script.
    html_text = _COPY_WIDGET.sub("", html_text)
    html_text = _SCRIPT.sub(lambda m: "" if "clipboard" in m[0] else m[0], html_text)
    html_text = _PRE.sub(r"<pre><code>\1</code></pre>", html_text)
    html_text = _pre_ids(html_text)
    page.toc = _toc(html_text)
    # Titled as its h1, "Notebook: <the chapter's title>" (build_notebook), not as the chapter:
    # the <title>, the header and the browser's history tell the two apart. Out of the search
    # index: every code cell is on the chapter page, which is the hit.
    h1 = next((t for t in page.toc if t.level == 1), None)
    if h1 is not None:
        page.meta["title"] = h1.title
    page.meta["search"] = {"exclude": True}
    # "Edit"/"view source" buttons: the notebook is generated from the chapter's page.
    if page.edit_url:
        page.edit_url = page.edit_url.replace(page.file.src_uri, f"{name}.md")
    back = get_relative_url(f"{name}/" if config["use_directory_urls"] else f"{name}.html",
                            page.file.url)
    header = (f'<p class="notebook-actions"><a class="md-button md-button--primary" '
              f'href="{name}.ipynb" download>Download {name}.ipynb</a> '
              f'<a class="md-button" href="{back}">Back to the chapter</a></p>\n')
    # The .ipynb links to the published chapter; on the site, link within the site instead.
    site_url = published_url(config)
    if site_url != "/":
        root = get_relative_url(".", page.file.url).rstrip("/") + "/"
        html_text = html_text.replace(f'href="{html.escape(site_url)}', f'href="{root}')
    return header + html_text + _appended(page, config, files)


def imported_modules(sources):
    """The top-level modules that code cells import (a `%%writefile` cell is a file, not
    code; magic and shell lines are skipped)."""
    found = set()
    for source in sources:
        if source.startswith("%%writefile"):
            continue
        code = "\n".join(line for line in source.splitlines()
                         if not line.startswith(("%", "!")))
        for node in ast.walk(ast.parse(code)):
            if isinstance(node, ast.Import):
                found.update(a.name.partition(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.partition(".")[0])
    return found


def installs_needed(sources):
    """`numpy==2.4.6`-style requirements for what the cells import beyond the standard library
    and the torch distribution (which ships `torchgen` and `functorch` too), pinned to the
    installed versions; a module that no installed distribution provides stops the build."""
    provided = importlib.metadata.packages_distributions()
    modules = imported_modules(sources) - set(sys.stdlib_module_names)
    missing = sorted(m for m in modules if m not in provided)
    if missing:
        raise SystemExit(f"a notebook imports {', '.join(missing)}, which no installed "
                         f"distribution provides: add it to requirements.txt")
    wanted = {d for m in modules for d in provided[m]} - {"torch"}
    return [f"{d}=={importlib.metadata.version(d)}" for d in sorted(wanted, key=str.lower)]


def _appended(page, config, files):
    """What pymdownx.snippets' auto_append adds to every Markdown page (the torch stamp),
    rendered for a notebook page, with its links to pages made relative as MkDocs does."""
    mdx = {k: dict(v) for k, v in config["mdx_configs"].items()}
    appended = mdx.get("pymdownx.snippets", {}).pop("auto_append", [])
    md = markdown.Markdown(extensions=config["markdown_extensions"], extension_configs=mdx)
    base = Path(config["config_file_path"]).parent
    # The stamp links to "how this site is tested" by reference, as on every Markdown page
    # (hooks/versions.py defines it there).
    rendered = md.convert("\n\n".join((base / path).read_text(encoding="utf-8")
                                       for path in appended)
                          + "\n\n[how-tested]: how-this-site-is-tested.md\n")

    def link(m):
        target = files.get_file_from_path(m[1])
        if target is None:
            return m[0]
        return f'href="{get_relative_url(target.url, page.file.url)}{m[2] or ""}"'
    return re.sub(r'href="([^":#]+\.md)(#[^"]*)?"', link, rendered)

