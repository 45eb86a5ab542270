"""Every chapter as a Jupyter notebook, made from the chapter's pages at build time.

What a chapter is, is said in layout.py. The notebook of a chapter holds, in reading order (the overview, then each further page, whose
title becomes a heading), one code cell per snippet include in a fenced code block of a page (a whole file or a named section, expanded by pymdownx.snippets exactly
as the page shows it), under short markdown cells with the page's section titles and links back
to the chapter. A debugger session's target (a script with `<name>.pdb` beside it) cannot run
in a kernel: it becomes a markdown cell showing the script and the recorded session. So does
a script whose first line says it needs a terminal (`# terminal: why`), with its recorded
output: where the page includes the script in sections, each section's cell shows the part of
the output the page shows under it (none, where the page shows none). The first cell, titled
"Notebook: <the chapter's title>", says which torch the notebook was made for and how to
install it.

A downloaded notebook runs in an empty folder with nothing but torch (and a Jupyter kernel):
- a cell that reads a repository file by its path (snippets run from the repository's root,
  `open("snippets/cpp/x.cpp")`) finds it because the notebook carries it: setup cells after the
  first write each such file with `%%writefile`, byte for byte, where the repository has it;
- a cell whose script runs a program the reader may lack (`subprocess.run(["gdb", ...])`)
  starts with `%%needs gdb snippets/<chapter>/<name>.out`, a cell magic a setup cell defines:
  with the program on PATH the cell runs as written; without it, it prints one line saying so
  and the recorded output, which the notebook carries like the files above.
Setup cells are the only code that is not a snippet of the page.

Each cell's metadata (`inside_pytorch`) says what the notebook page (notebook_page.py and its
nbconvert template) needs to show it as the chapter does: the snippet a cell shows; a setup
cell's kind, and for a file it writes, the file's language (Pygments' name, from its
extension: `cpp` for a .cpp file); `output: "markdown"` where the chapter includes what the
script prints into its prose (a list of links, a table), and `links: <count>` where that is
a list of links and nothing else; `recorded: "<title>"` on a debugger session's or terminal
run's cell, the title of its recorded text on the chapter page ("Session", "Output: ...").

Its MkDocs events (hooks/notebooks.py, under `hooks:` in mkdocs.yml):
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
- leaves presenting mkdocs-jupyter's page (the notebook page the reader sees) to
  notebook_page.py.
"""

import ast
import hashlib
import importlib.metadata
import json
import os
import platform
import re
import shutil
import sys
import tempfile
from pathlib import Path

import nbformat
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url
from mkdocs.utils.yaml import yaml_load
from pathspec.gitignore import GitIgnoreSpec
from pygments.lexers import get_lexer_for_filename
from pygments.util import ClassNotFound

from inside_pytorch.commands import command_for, is_debugger_target, shell_line, terminal_reason
from inside_pytorch.layout import (ROOT, chapter_pages, chapter_title, chapters, nav_titles,
                                   snippet_preprocessor)
from inside_pytorch.outputs import output_sections, without_marks
from inside_pytorch.pages import heading_ids, read_page

KERNEL = "inside-pytorch"  # mkdocs.yml's mkdocs-jupyter `kernel_name` must name it
NOTEBOOKS_URI = "notebooks"  # notebooks/<name>.ipynb in the site
CACHE = ROOT / ".cache" / "notebooks"
JUPYTER = Path(__file__).with_name("jupyter")  # the notebook page's nbconvert template (notebook_page.py)


def page_items(page):
    """The page in order: ("title", text), ("heading", level, text) and ("include", path,
    section) for each python include in a fenced python block."""
    blocks, headings = read_page(page)
    items = [(line, ("title", text) if level == 1 else ("heading", level, text))
             for line, level, text in headings]
    items += [(line, ("include", path, section)) for b in blocks
              if b.info is not None and b.info.strip().startswith("python")
              for line, path, section in b.includes if path.endswith(".py")]
    return [item for _, item in sorted(items, key=lambda i: i[0])]


_TITLE = re.compile(r'\btitle="(?P<title>[^"]*)"')


def _output_blocks(pages):
    """(.out path, section, the block that shows it) for each output the pages include."""
    for page in pages:
        for block in read_page(page)[0]:
            for _, path, section in block.includes:
                if path.endswith(".out"):
                    yield path, section, block


def shown_outputs(pages):
    """{(.out path, section): how the chapter's pages show it}: "markdown" for an output
    included into the prose (what the script prints is Markdown: links, a table), else the
    title of the text block that holds it ("Output", "Session: Python 3.11.7")."""
    shown = {}
    for path, section, block in _output_blocks(pages):
        title = _TITLE.search(block.info or "")
        shown.setdefault((path, section), "markdown" if block.info is None
                         else title["title"] if title else None)
    return shown


def shown_languages(pages):
    """{(.out path, section): the language of the block the chapter's pages show it in}: an
    output that is source ("cpp", "python") is shown as such, and its notebook copy must be too."""
    languages = {}
    for path, section, block in _output_blocks(pages):
        if block.info:
            languages.setdefault((path, section), block.info.split()[0])
    return languages


_LINK_ITEM = re.compile(r"^[-*] \[[^\]]+\]\([^)\s]+\)")


def link_count(markdown_text):
    """How many links a Markdown output lists, when it is a list of links and nothing else
    (every line an item that starts with a link); else 0."""
    lines = [line for line in markdown_text.splitlines() if line.strip()]
    return len(lines) if lines and all(_LINK_ITEM.match(line) for line in lines) else 0


def language_of(path):
    """Pygments' name for a file's language, by its extension ("cpp", "python"; "text")."""
    try:
        return get_lexer_for_filename(path).aliases[0]
    except ClassNotFound:
        return "text"


# PyTorch's wheel index of each build: a version's local label names it (2.13.0+cpu comes from
# .../whl/cpu, +cu126 from .../whl/cu126); a version without one is PyPI's.
TORCH_INDEX = "https://download.pytorch.org/whl/"


def install_lines(torch_version, extra=()):
    """The `pip install` lines that install the build `torch_version` names (its release from
    the index of its local label) and the other distributions the cells import, from PyPI."""
    release, _, build = torch_version.partition("+")
    lines = [f"pip install torch=={release}"
             + (f" --index-url {TORCH_INDEX}{build}" if build else "")]
    return lines + ([f"pip install {' '.join(extra)}"] if extra else [])


def environment():
    """What the outputs depend on besides the snippets: the kernel's python and packages; and
    what the rendered page does, the nbconvert template. Read without importing torch (the
    hook runs in every `mkdocs serve` rebuild)."""
    torch_version = importlib.metadata.version("torch")
    version_py = importlib.metadata.distribution("torch").locate_file("torch/version.py")
    git = re.search(r"git_version\s*=\s*['\"]([0-9a-f]+)", Path(version_py).read_text())
    packages = sorted(f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions())
    templates = hashlib.sha256(b"".join(p.relative_to(JUPYTER).as_posix().encode() + b"\0" + p.read_bytes()
                                        for p in sorted(JUPYTER.rglob("*")) if p.is_file()))
    return {"torch": torch_version, "torch_git_version": git[1] if git else None,
            "python": platform.python_version(), "machine": f"{platform.machine()} {platform.system()}",
            "packages_sha256": hashlib.sha256("\n".join(packages).encode()).hexdigest(),
            "templates_sha256": templates.hexdigest()}


def _snippet_expander(snippet_config, root):
    snippets = snippet_preprocessor(snippet_config, root)
    return lambda path, section: "\n".join(snippets.run(
        [f'--8<-- "{path}{":" + section if section else ""}"'])).strip("\n")


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
    chapter_pages = [page, *(p for p, _ in more)]
    shown, languages = shown_outputs(chapter_pages), shown_languages(chapter_pages)
    for other, url in more:
        items += [("heading", 2, i[1], url) if i[0] == "title" else
                  ("heading", i[1] + 1, i[2], url) if i[0] == "heading" else (*i, url)
                  for i in page_items(other)]
    title = title or next((_plain(i[1]) for i in items if i[0] == "title"), name)
    anchors = iter([a for p, u in [(page, page_url), *more]
                    for a in [None] * (p is not page) + [i for i, _ in heading_ids(
                        [(i[1], i[2]) for i in page_items(p) if i[0] == "heading"], toc_config)]])
    pin = env["torch"].split("+")[0]

    cells = [nbformat.v4.new_markdown_cell(
        f"# Notebook: {title}\n\n"
        f"The code of the chapter [{title}]({page_url}) of *Inside PyTorch*, as a notebook: each "
        f"code cell is a file, or a named section of one, from the site's `snippets/` folder, in "
        f"the order the chapter shows them. Run the cells from the top: later ones use what "
        f"earlier ones define.\n\n"
        f"Made for **torch {pin}** ({env['torch']}, commit `{(env['torch_git_version'] or '')[:7]}`) "
        f"on Python {env['python'].rsplit('.', 1)[0]}; every output was checked against the "
        f"chapter's recorded outputs with that version. On Linux, install that build with:\n\n"
        f"```\n{{INSTALL}}\n```")]
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
            out_path = Path(path).with_suffix(".out").as_posix()
            # What the chapter shows of the script's recorded output for this include: the
            # section's part of the .out where the page includes a section, else the whole.
            title = shown.get((out_path, section))
            if is_debugger_target(path, root):
                transcript = recorded_output(root / out_path, section)
                shell = shell_line({**command_for(root / path), "stdin": None})
                cells.append(nbformat.v4.new_markdown_cell(
                    f"`{path}` is the target of a debugger session, which needs a terminal, "
                    f"not a kernel: from the root of a clone of this site's repository, run "
                    f"`{shell}`, then type the commands of the session recorded below.\n\n"
                    f"```python\n{code}\n```\n\nThe recorded session:\n\n````text\n{transcript}````",
                    metadata={"inside_pytorch": {**meta["inside_pytorch"], "debugger": True,
                                                 "recorded": title or "Session"}}))
            elif why := terminal_reason(path, root):
                source = (f"`{path}` runs in a terminal, not in a kernel ({why}): from the root "
                          f"of a clone of this site's repository, run "
                          f"`{shell_line(command_for(root / path))}`.\n\n```python\n{code}\n```")
                meta["inside_pytorch"]["terminal"] = True
                if (out_path, section) in shown:  # the chapter shows what this part printed
                    out = recorded_output(root / out_path, section)
                    lang = languages.get((out_path, section), "text")
                    source += f"\n\nIts recorded output:\n\n````{lang}\n{out}````"
                    if lang != "text":  # printed source: the chapter shows it as such
                        meta["inside_pytorch"]["language_shown"] = lang
                    meta["inside_pytorch"]["recorded"] = title or "Output"
                cells.append(nbformat.v4.new_markdown_cell(source, metadata=meta))
            elif tool := tool_needed(code):
                if section:  # its .out is the whole script's output, not this section's
                    raise SystemExit(f"docs/{name}.md: {path} runs {tool}: include it whole, so "
                                     f"its notebook cell can show its .out where {tool} is missing")
                meta["inside_pytorch"]["needs"] = tool
                recorded[Path(path).with_suffix(".out").as_posix()] = tool
                cells.append(nbformat.v4.new_code_cell(f"{needs_line(tool, path)}\n{code}",
                                                       metadata=meta))
            else:
                if shown.get((out_path, section)) == "markdown":
                    meta["inside_pytorch"]["output"] = "markdown"
                    if links := link_count(recorded_output(root / out_path, section)):
                        meta["inside_pytorch"]["links"] = links
                cells.append(nbformat.v4.new_code_cell(code, metadata=meta))
    # What the code imports besides torch and the standard library goes on the install lines.
    extra = installs_needed([c.source for c in cells if c.cell_type == "code"])
    if extra:
        intro.source = intro.source.replace("install that build with:", "install that build, and "
                                            "the other packages the code imports, with:")
    intro.source = intro.source.replace("{INSTALL}", "\n".join(install_lines(env["torch"], extra)))
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
            metadata={"inside_pytorch": {"setup": "file", "path": n, "language": language_of(n)}})
            for n in carried]
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


def recorded_output(out, section):
    """What a script printed, as its .out records it: the whole, or one section's."""
    text = out.read_text(encoding="utf-8") if out.exists() else ""
    return output_sections(text).get(section, "") if section else without_marks(text)


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
        # C++ extensions a chapter's code compiles (snippets/ops/extensions.py) are built
        # into the repository's cache, as when the scripts run from its root, not again in
        # each notebook's new folder.
        "env": {"PYDEVD_DISABLE_FILE_VALIDATION": "1",
                "TORCH_EXTENSIONS_DIR": str(ROOT / ".cache" / "torch_extensions")},
        "metadata": {"debugger": False},
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

_state = {"chapters": {}, "run_dir": None}


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
