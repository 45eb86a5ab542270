"""Every chapter as a notebook (inside_pytorch/notebooks.py, notebook_page.py): each chapter has one, built from its own
snippets in page order; the outputs the site's build shows, and the outputs of the downloadable
.ipynb run top to bottom in a fresh kernel in an empty folder, are the snippets' recorded
outputs; notebook pages are titled as notebooks, out of the search index and of the
previous/next chain, light, and load nothing from outside the site.

How outputs are compared: the cells of one script (the whole file, or the sections a page
shows) print, one after another, exactly that script's `.out`, when they show all of its code
(every line that runs, comments aside). The sections shown must then run as a program on their
own (as the markdown-docs pass already requires), in file order. A script the page shows only in
part (a fixed function of a longer program) cannot reproduce its `.out`: its cells must run
without error, warning or displayed value, and are not compared. Only standard output counts:
a cell that writes to stderr or ends in an expression Jupyter displays fails.
"""

import asyncio
import copy
import difflib
import functools
import importlib.metadata
import json
import os
import re
import shutil
import sys

import nbclient
import nbformat
import pytest
from bs4 import BeautifulSoup

from inside_pytorch import notebooks
from inside_pytorch.commands import is_debugger_target, terminal_reason
from inside_pytorch.layout import (ROOT, chapter_pages, chapter_title, chapters, mkdocs_config,
                                   nav_titles, rel, snippet_preprocessor,
                                   unclaimed_snippet_folders)
from inside_pytorch.outputs import without_marks
from inside_pytorch.pages import INCLUDE, fenced_blocks

CHAPTERS = chapters()


@functools.lru_cache(maxsize=None)
def parsed(path):
    """A built page, parsed once for every test here that reads it."""
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
NAV = mkdocs_config()["nav"]


def pages_of(name):
    """A chapter's pages in reading order, as the hook reads them."""
    return chapter_pages(name, list(nav_titles(NAV)))


@pytest.fixture(scope="module")
def site(built_site):
    """The site as `make build` makes it (conftest.py's `built_site`), but with every notebook
    executed: its mkdocs-jupyter cache starts empty (see `notebook_cache`). `make build` and
    `make serve` use the cache, which the hook keys on everything that changes an output
    (test_cache_key_changes_with_torch_and_snippets)."""
    return built_site


def downloaded(site, name):
    return site / notebooks.download_path(name)


def notebook_page(site, name):
    return site / notebooks.NOTEBOOKS_URI / name / "index.html"


def chapter_page(site, name):
    return site / name / "index.html"


def snippet_cells(nb):
    """The cells that show the page's snippets (not the setup cells before them)."""
    return [c for c in nb.cells if "snippet" in c.metadata.get("inside_pytorch", {})]


def recorded(path):
    """What the script of a snippet path prints, as the reader's python prints it."""
    out = (ROOT / path).with_suffix(".out")
    return without_marks(out.read_text(encoding="utf-8")) if out.exists() else ""


MARKER = re.compile(r"^\s*# --8<-- \[(?P<kind>start|end):(?P<name>[^\]]+)\]\s*$")


def hidden_code(path, sections):
    """The lines of a script that run but are in none of the shown sections (None: the whole
    file is shown). Blank lines, comments and section markers do not count."""
    if None in sections:
        return []
    hidden, open_sections = [], set()
    for line in (ROOT / path).read_text(encoding="utf-8").splitlines():
        m = MARKER.match(line)
        if m:
            (open_sections.add if m["kind"] == "start" else open_sections.discard)(m["name"])
        elif line.strip() and not line.strip().startswith("#") and not open_sections & sections:
            hidden.append(line)
    return hidden


def compare_by_script(nb, outputs_of, where):
    """Per script whose code the notebook shows in full (the whole file, or sections that
    together hold every line that runs): its cells' outputs concatenated must be its recorded
    .out. A script shown only in part (say, the fixed function of a longer program) cannot
    reproduce its .out; its cells must still run cleanly, which the callers check."""
    printed, sections = {}, {}
    for cell in snippet_cells(nb):
        if cell.cell_type == "code":
            path = cell.metadata["inside_pytorch"]["snippet"]
            printed[path] = printed.get(path, "") + outputs_of(cell)
            sections.setdefault(path, set()).add(cell.metadata["inside_pytorch"]["section"])
    problems = []
    for path, text in printed.items():
        if hidden_code(path, sections[path]):
            continue
        if text != recorded(path):
            diff = "".join(difflib.unified_diff(
                recorded(path).splitlines(keepends=True), text.splitlines(keepends=True),
                fromfile=f"{rel(ROOT / path)[:-3]}.out (recorded)", tofile=f"{where} (cells of {path})"))
            problems.append(f"{where}: the cells of {path} do not print its recorded output "
                            f"(sections shown must print every line of the .out, in order, and "
                            f"no snippet may leave state that changes a later one):\n{diff}")
    return problems


def test_every_snippet_folder_belongs_to_a_chapter():
    unclaimed = unclaimed_snippet_folders()
    assert not unclaimed, (
        f"snippets/{unclaimed[0]}/ has no chapter page docs/{unclaimed[0]}.md: a chapter is a page "
        f"named like its snippets folder (inside_pytorch/layout.py), which gets its notebook from it")


def test_every_chapter_has_its_notebook_page_and_download(site):
    problems = []
    for name in CHAPTERS:
        for path in (notebook_page(site, name), downloaded(site, name)):
            if not path.is_file():
                problems.append(f"docs/{name}.md: no {path.relative_to(site)} in the built site")
        if problems:
            continue
        chapter = parsed(chapter_page(site, name))
        hrefs = [a["href"] for a in chapter.select("article a[href]")]
        if not any(a.has_attr("download") and (chapter_page(site, name).parent / a["href"]).resolve()
                   == downloaded(site, name).resolve() for a in chapter.select("article a[href]")):
            problems.append(f"docs/{name}.md: the built page has no download link to the .ipynb")
        if f"../{notebooks.NOTEBOOKS_URI}/{name}/" not in hrefs:
            problems.append(f"docs/{name}.md: the built page does not link its notebook page")
        page = parsed(notebook_page(site, name))
        if not any(a.has_attr("download") and (notebook_page(site, name).parent / a["href"]).resolve()
                   == downloaded(site, name).resolve() for a in page.select("article a[href]")):
            problems.append(f"notebooks/{name}/: no download link to the .ipynb")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


@pytest.mark.parametrize("name", CHAPTERS)
def test_notebook_is_the_pages_snippets_in_page_order(site, name):
    """Code cells are exactly the page's python includes, expanded as the page shows them,
    after the setup cells; a debugger target is shown in a markdown cell instead, and a script
    that runs a program the reader may lack (gdb) starts with `%%needs`. The first cell names
    the torch; the setup cells write, byte for byte, each repository file the code reads and
    each recorded output a `%%needs` cell may print, and define `%%needs`: nothing else."""
    nb = nbformat.read(downloaded(site, name), as_version=4)
    expand = snippet_preprocessor()
    expected = []
    for _, _, body in (block for page in pages_of(name) for block in fenced_blocks(page)):
        for line in body:
            m = INCLUDE.match(line)
            if m and m["path"].endswith(".py"):
                expected.append((m["path"], m["section"], "\n".join(expand.run([line])).strip("\n")))
    shown = [(c.metadata["inside_pytorch"]["snippet"], c.metadata["inside_pytorch"]["section"],
              c.source) for c in snippet_cells(nb)]
    assert [s[:2] for s in shown] == [e[:2] for e in expected]
    recorded_outputs = []
    for cell, (path, section, code) in zip(snippet_cells(nb), expected):
        tool = notebooks.tool_needed(code)
        if is_debugger_target(path) or terminal_reason(path):
            assert cell.cell_type == "markdown" and code in cell.source
        elif tool:
            out = path[:-3] + ".out"
            assert cell.cell_type == "code" and cell.source == f"%%needs {tool} {out}\n{code}", \
                f"{path}:{section}"
            recorded_outputs.append(out)
        else:
            assert cell.cell_type == "code" and cell.source == code, f"{path}:{section}"
    pin = importlib.metadata.version("torch").split("+")[0]
    assert f"pip install torch=={pin}" in nb.cells[0].source
    # The setup cells: right after the first cell; no other code.
    setup = [c for c in nb.cells if "setup" in c.metadata.get("inside_pytorch", {})]
    assert setup == nb.cells[1:1 + len(setup)] and all(c.cell_type == "code" for c in setup)
    assert not [c for c in nb.cells if c.cell_type == "code" and c not in setup
                and c not in snippet_cells(nb)]
    reads = notebooks.needed_files([c.source for c in snippet_cells(nb) if c.cell_type == "code"])
    carried = reads + sorted(set(recorded_outputs) - set(reads))
    assert nb.metadata["inside_pytorch"]["carries"] == carried
    written = [c.source.partition("\n") for c in setup if c.source.startswith("%%writefile ")]
    assert [w[0] for w in written] == [f"%%writefile {n}" for n in carried]
    for (_, _, text), n in zip(written, carried):
        assert text == (ROOT / n).read_text(encoding="utf-8"), f"{n} is not written as it is"
    magic = [c for c in setup if c.metadata["inside_pytorch"].get("setup") == "needs"]
    assert len(magic) == bool(recorded_outputs) and len(setup) == (
        bool(carried) + len(carried) + len(magic)), [c.source[:40] for c in setup]
    assert notebooks.tool_needed(
        (ROOT / "snippets/cpp/gdb_backtrace.py").read_text(encoding="utf-8")) == "gdb"


def test_links_back_to_the_chapter_resolve(site):
    """Each markdown cell's link to the chapter names an anchor the chapter page has."""
    base = mkdocs_config()["site_url"].rstrip("/") + "/"
    problems = []
    for name in CHAPTERS:
        ids = {}
        for page in pages_of(name):
            uri = page.relative_to(ROOT / "docs").as_posix()[:-3] + "/"
            ids[uri] = {tag["id"] for tag in parsed(site / uri / "index.html").select("[id]")}
        nb = nbformat.read(downloaded(site, name), as_version=4)
        for cell in nb.cells:
            for url in re.findall(r"\]\((" + re.escape(base) + r"[^)]*)\)", cell.source):
                page, _, anchor = url[len(base):].partition("#")
                if page not in ids or (anchor and anchor not in ids[page]):
                    problems.append(f"notebook of docs/{name}.md: {url} is not in the chapter")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def built_pages(site):
    """{location as the search index names it ("" for the home page): parsed page}."""
    pages = {}
    for path in sorted(site.rglob("index.html")):
        location = path.parent.relative_to(site).as_posix() + "/"
        pages["" if location == "./" else location] = parsed(path)
    return pages


def test_notebook_pages_are_titled_as_notebooks(site):
    """A notebook page's <title>, its h1 and the downloaded .ipynb's heading say "Notebook:
    <the chapter's title>" (as the navigation titles the chapter): a tab, a bookmark or the
    browser's history tells the notebook from its chapter."""
    config = mkdocs_config()
    problems = []
    for name in CHAPTERS:
        chapter = parsed(chapter_page(site, name))
        title = (chapter_title(NAV, name)
                 or chapter.select_one("article h1").get_text().rstrip("¶"))
        want = f"Notebook: {title}"
        page = parsed(notebook_page(site, name))
        h1s = [h.get_text().rstrip("¶").strip() for h in page.select("article h1")]
        first = nbformat.read(downloaded(site, name), as_version=4).cells[0].source.split("\n")[0]
        if page.title.get_text() != f"{want} - {config['site_name']}":
            problems.append(f"notebooks/{name}/: <title> is {page.title.get_text()!r}")
        if h1s != [want]:
            problems.append(f"notebooks/{name}/: h1 is {h1s}, not [{want!r}]")
        if first != f"# {want}":
            problems.append(f"{name}.ipynb: its first line is {first!r}, not '# {want}'")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_notebook_pages_are_out_of_search_and_of_the_previous_next_chain(site):
    """The chapter is the search hit, never its notebook (whose every cell is on the chapter
    page); no page's footer leads to a notebook (from the last chapter, "Next" once did), and
    a notebook page has no previous/next of its own; no navigation lists one: the chapter's
    links lead to it (test_every_chapter_has_its_notebook_page_and_download)."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    prefix = notebooks.NOTEBOOKS_URI + "/"
    problems = [f"search index: {d['location']}" for d in index["docs"]
                if d["location"].startswith(prefix)]
    pages = built_pages(site)
    assert {f"{prefix}{name}/" for name in CHAPTERS} <= set(pages)
    for location, page in pages.items():
        here = site / location
        for a in page.select("a.md-footer__link"):
            target = (here / a["href"]).resolve().relative_to(site.resolve()).as_posix() + "/"
            if location.startswith(prefix) or target.startswith(prefix):
                problems.append(f"{location or 'home'}: footer link {a.get_text(' ', strip=True)!r} "
                                f"-> {a['href']}")
        for a in page.select("nav.md-nav--primary a.md-nav__link[href]"):
            if (here / a["href"]).resolve().relative_to(site.resolve()).as_posix().startswith(prefix):
                problems.append(f"{location or 'home'}: the navigation lists {a['href']}")
    # The last page of the navigation has a "Previous" link only.
    last = list(nav_titles(mkdocs_config()["nav"]))[-1]
    last = last.removesuffix("index.md") if last.endswith("index.md") else last[:-3] + "/"
    if [a.get("aria-label", a.get_text(" ", strip=True)) for a in pages[last].select(
            "a.md-footer__link--next")]:
        problems.append(f"{last}: a 'Next' link after the last page of the navigation")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def html_outputs(page):
    """{cell id: [(mime type, text)]} for every output the rendered notebook page shows."""
    soup = parsed(page)
    outputs = {}
    for cell in soup.select('div.jp-Cell[id^="cell-id="]'):
        outputs[cell["id"].removeprefix("cell-id=")] = [
            ("execute_result" if "jp-OutputArea-executeResult" in out["class"]
             else out.get("data-mime-type"), (out.find("pre") or out).get_text())
            for out in cell.select("div.jp-OutputArea-output")]
        # What a script prints as Markdown is shown rendered (rendered_as_recorded checks it).
        outputs[cell["id"].removeprefix("cell-id=")] += [
            ("text/markdown", out) for out in cell.select("div.jp-OutputArea-markdown")]
    return outputs


def rendered(markdown_text):
    """Markdown as the notebook page renders it, as (text, link targets): nbconvert's renderer."""
    from nbconvert.filters.markdown_mistune import markdown2html_mistune
    return as_rendered(BeautifulSoup(markdown2html_mistune(markdown_text), "html.parser"))


def as_rendered(element):
    return (" ".join(element.get_text(" ").split()), [a["href"] for a in element.select("a[href]")])


def cell_recorded(cell):
    """What the recorded output says a snippet cell prints (its section's part, if a section)."""
    meta = cell.metadata["inside_pytorch"]
    return notebooks.recorded_output(ROOT / (meta["snippet"][:-3] + ".out"), meta["section"])


def page_output(cell, outs):
    """The text a cell's outputs on the page stand for: printed text as it is; an output shown
    rendered from Markdown stands for the recorded text when it renders as that text does."""
    text = ""
    for mime, out in outs:
        if mime != "text/markdown":
            text += out
        elif as_rendered(out) == rendered(cell_recorded(cell)):
            text += cell_recorded(cell)
        else:
            text += f"<rendered Markdown: {as_rendered(out)[0][:200]}>"
    return text


def install_lines(source):
    """The `pip install` lines of a cell's source."""
    return [line for line in source.splitlines() if line.startswith("pip install ")]


def requirements_of(lines):
    """The requirements `pip install` lines name (their options, and an option's value, aside)."""
    words = [w for line in lines for w in line.split()[2:]]
    return {w for i, w in enumerate(words)
            if not w.startswith("-") and not (i and words[i - 1] in ("--index-url", "--extra-index-url"))}


@pytest.mark.parametrize("name", CHAPTERS)
def test_the_install_line_names_what_the_code_imports(site, name):
    """The first cell's `pip install` lines name torch and every other distribution the code
    cells import (pinned as installed here): a reader who runs them has what the cells need."""
    nb = nbformat.read(downloaded(site, name), as_version=4)
    lines = install_lines(nb.cells[0].source)
    imported = notebooks.imported_modules([c.source for c in snippet_cells(nb)
                                            if c.cell_type == "code"])
    provided = importlib.metadata.packages_distributions()
    outside = {d for m in imported - set(sys.stdlib_module_names) for d in provided[m]}
    wanted = {f"torch=={importlib.metadata.version('torch').split('+')[0]}"} | {
        f"{d}=={importlib.metadata.version(d)}" for d in outside - {"torch"}}
    assert requirements_of(lines) == wanted, (lines, sorted(wanted))


@pytest.mark.parametrize("name", CHAPTERS)
def test_built_page_shows_the_recorded_outputs(site, name):
    """What the build executed (or took from its cache) is what the chapter recorded."""
    nb = nbformat.read(downloaded(site, name), as_version=4)
    shown = html_outputs(notebook_page(site, name))
    markdown = {c.id for c in snippet_cells(nb) if c.metadata["inside_pytorch"].get("output") == "markdown"}
    problems = [f"notebooks/{name}/: cell {cid} shows {mime} output; only printed text is "
                f"checked against the page (a section ending in an expression, whose value Jupyter "
                f"shows and python does not? assign it: `y = m(x)`)"
                for cid, outs in shown.items() for mime, _ in outs
                if mime != "text/plain" and not (mime == "text/markdown" and cid in markdown)]
    problems += compare_by_script(nb, lambda cell: page_output(cell, shown.get(cell.id, [])),
                                  f"notebooks/{name}/ (built page)")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def needs_cells(nb):
    """The cells of scripts that run a program the reader may lack (`%%needs` cells)."""
    return [c for c in snippet_cells(nb) if "needs" in c.metadata["inside_pytorch"]]


def setup_cells(nb):
    """The cells before the page's code: the folders, the files the code reads, `%%needs`."""
    return [c for c in nb.cells if "setup" in c.metadata.get("inside_pytorch", {})]


@pytest.fixture(scope="module")
def fresh_runs(site, tmp_path_factory):
    """{(chapter, run): (executed notebook, error or None, folder)}, each downloadable .ipynb
    run by a new kernel of the venv's python, outside the build, in an empty folder (nothing
    copied in: the folder holds only what the cells write). Run "setup": its setup cells
    alone, for what they write. Run "no programs": a notebook with `%%needs` cells, whole, with
    PATH an empty folder, as where none of the programs they run is installed. (The whole
    notebook in a fresh kernel is the build's own run: see
    test_downloaded_notebook_runs_in_a_fresh_kernel.) The kernels run side by side."""
    notebooks.register_kernel()
    no_programs = tmp_path_factory.mktemp("empty-path")

    async def run(name, kind):
        folder = tmp_path_factory.mktemp(f"fresh-{name}")
        nb = nbformat.read(downloaded(site, name), as_version=4)
        if kind == "setup":
            nb.cells = setup_cells(nb)
        client = nbclient.NotebookClient(nb, kernel_name=notebooks.KERNEL, timeout=600,
                                         allow_errors=False,
                                         resources={"metadata": {"path": str(folder)}})
        env = {"env": {**os.environ, "PATH": str(no_programs)}} if kind == "no programs" else {}
        try:
            await client.async_execute(**env)
        except nbclient.exceptions.CellExecutionError as error:
            return nb, error, folder
        return nb, None, folder

    runs = [(name, "setup") for name in CHAPTERS] + [
        (name, "no programs") for name in CHAPTERS
        if needs_cells(nbformat.read(downloaded(site, name), as_version=4))]

    async def run_all():
        return dict(zip(runs, await asyncio.gather(*(run(*r) for r in runs))))
    return asyncio.run(run_all())


def stdout_only(name, nb):
    return [f"{name}.ipynb cell {cell.id} ({cell.metadata['inside_pytorch'].get('snippet', 'setup')}): "
            f"{out.output_type} {out.get('name', '')} output; the page shows "
            f"standard output only (a cell ending in an expression, whose value Jupyter "
            f"shows and python does not? assign it: `y = m(x)`; a warning?)"
            for cell in nb.cells for out in cell.get("outputs", [])
            if out.output_type != "stream" or out.name != "stdout"]


def stdout(cell):
    return "".join(o.text for o in cell.outputs if o.output_type == "stream" and o.name == "stdout")


def test_downloaded_notebook_runs_in_a_fresh_kernel(notebook_cache):
    """The build executes each chapter's notebook, the file a reader downloads, top to bottom
    in a new kernel of the venv's python, in a folder that holds nothing else, and fails on a
    cell that raises; test_built_page_shows_the_recorded_outputs compares what that run
    printed. In make test's build mkdocs-jupyter's cache starts empty (conftest.py's
    site_build), so every notebook ran in this build rather than coming from a cache: it
    wrote one cache entry per chapter."""
    entries = sorted(notebook_cache.glob("*.json"))
    assert len(entries) == len(CHAPTERS), (
        f"the build executed {len(entries)} notebooks into its empty cache, not one per chapter "
        f"({', '.join(CHAPTERS)})")


@pytest.mark.parametrize("name", CHAPTERS)
def test_setup_cells_write_the_repository_files(fresh_runs, name):
    """The setup cells of the downloaded .ipynb, run in a fresh kernel in an empty folder (see
    fresh_runs), write each file the chapter's code reads, byte for byte as the repository has
    it, and write nothing but standard output (`%%writefile` says what it wrote)."""
    nb, error, folder = fresh_runs[name, "setup"]
    if error is not None:
        pytest.fail(f"{notebooks.download_path(name)}: a setup cell raised:\n{error}", pytrace=False)
    problems = [f"{name}.ipynb: {problem}" for problem in stdout_only(name, nb)]
    for path in nb.metadata["inside_pytorch"]["carries"]:
        if not (folder / path).is_file() or (folder / path).read_bytes() != (ROOT / path).read_bytes():
            problems.append(f"{name}.ipynb: wrote {path} other than the repository has it")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_downloaded_notebook_runs_without_the_programs_it_may_lack(fresh_runs):
    """Run where no program is on PATH (see fresh_runs), a `%%needs gdb` cell prints one line
    saying gdb is not installed, then the recorded output, whole; every other cell runs
    cleanly and prints its recorded output, as in the build. What gdb itself prints is checked
    where it is installed: by the site's build and by that test."""
    runs = {name: run for (name, kind), run in fresh_runs.items() if kind == "no programs"}
    assert "cpp" in runs, "the cpp notebook's gdb cell is not a %%needs cell"
    pin = importlib.metadata.version("torch").split("+")[0]
    problems = []
    for name, (nb, error, _) in runs.items():
        if error is not None:
            problems.append(f"{notebooks.download_path(name)}, no program on PATH: a cell "
                            f"raised:\n{error}")
            continue
        problems += stdout_only(name, nb)
        note = {}
        for cell in needs_cells(nb):
            tool = cell.metadata["inside_pytorch"]["needs"]
            note[cell.id], _, rest = stdout(cell).partition("\n")
            if not (note[cell.id].startswith(f"{tool} is not installed")
                    and f"torch {pin}" in note[cell.id] and note[cell.id].endswith(":")):
                problems.append(f"{name}.ipynb cell {cell.id}: without {tool}, its first line "
                                f"is {note[cell.id]!r}, not one saying {tool} is not installed")
        problems += compare_by_script(
            nb, lambda cell: stdout(cell).removeprefix(note[cell.id] + "\n") if cell.id in note
            else stdout(cell), f"{name}.ipynb (fresh kernel, no program on PATH)")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_notebook_pages_are_light(site):
    """No JupyterLab stylesheet (595 KB) in a notebook page: within 3x its chapter's size."""
    problems = []
    for name in CHAPTERS:
        size = notebook_page(site, name).stat().st_size
        prose = sum((site / p.relative_to(ROOT / "docs").as_posix()[:-3] / "index.html").stat().st_size
                    for p in pages_of(name))
        if size > 3 * prose:
            problems.append(f"notebooks/{name}/ is {size} bytes, over 3x its chapter's pages' "
                            f"{prose}")
        soup = parsed(notebook_page(site, name))
        if soup.find("style"):
            problems.append(f"notebooks/{name}/: inline <style> left in the page")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


# An address a script or stylesheet would fetch: import("..."), src=, url(...), @import, fetch.
FETCHED = re.compile(r"""(?:import\s*\(?|src\s*=|url\s*\(|@import|fetch\s*\(|require(?:js)?\b[^"']{0,40})\s*["']?\s*((?:https?:)?//[^"')\s]+)""")


def test_inline_scripts_and_notebook_css_load_nothing_from_outside(site):
    """test_site.py checks src/href attributes; this checks the code inlined in the pages,
    where mkdocs-jupyter's templates put MathJax, mermaid and requirejs loaders."""
    problems = []
    for page in sorted(site.rglob("*.html")):
        soup = parsed(page)
        for tag in soup.find_all(["script", "style"]):
            if tag.get("type") == "application/json":
                continue
            problems += [f"{page.relative_to(site)}: inline <{tag.name}> loads {url}"
                         for url in FETCHED.findall(tag.get_text())]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_cache_key_changes_with_torch_and_snippets(tmp_path):
    """mkdocs-jupyter keys its cache on the notebook's bytes: the bytes must change when torch,
    python or any package changes, or when any file of the chapter's snippets does."""
    name, page = next(iter(CHAPTERS.items()))
    config = mkdocs_config()
    options = {e: v for ext in config["markdown_extensions"] if isinstance(ext, dict)
               for e, v in ext.items()}

    def make(env, root=ROOT):
        return nbformat.writes(notebooks.build_notebook(
            name, root / "docs" / f"{name}.md", page_url="https://example.invalid/",
            snippet_config=options.get("pymdownx.snippets", {}), toc_config=options.get("toc") or {},
            env=env, root=root))
    env = notebooks.environment()
    base = make(env)
    assert make(copy.deepcopy(env)) == base, "the same inputs must give the same bytes"
    for key, value in [("torch", "9.9.9"), ("torch_git_version", "0" * 40),
                       ("python", "3.11.99"), ("packages_sha256", "0" * 64)]:
        assert make({**env, key: value}) != base, f"a change of {key} must change the notebook"
    # A changed file under snippets/<chapter>/ (even one no cell shows) changes the bytes too.
    for sub in ("docs", "snippets"):
        shutil.copytree(ROOT / sub, tmp_path / sub)
    (tmp_path / "snippets" / name / "unshown_helper.py").write_text("# changed\n")
    assert make(env, tmp_path) != base


def test_kernel_is_the_venv_python():
    notebooks.register_kernel()
    from jupyter_client.kernelspec import KernelSpecManager
    spec = KernelSpecManager().get_kernel_spec(notebooks.KERNEL)
    assert spec.argv[0] == sys.executable
    plugin = next(p["mkdocs-jupyter"] for p in mkdocs_config()["plugins"]
                  if isinstance(p, dict) and "mkdocs-jupyter" in p)
    assert plugin["kernel_name"] == notebooks.KERNEL and plugin["allow_errors"] is False


# -- The notebook page as its reader sees it ------------------------------------------------------
# Each check reads a built notebook page (and its .ipynb) and returns what is wrong with it;
# test_the_notebook_page_checks_can_fail breaks a real page in each way and sees each check fail.

def cell_div(soup, cell):
    return soup.find(id=f"cell-id={cell.id}")


RAW_MARKDOWN_LINK = re.compile(r"\[[^\]\n]+\]\(https?://")


def scaffolding_problems(name, soup, nb):
    """What runs only so that the notebook runs (setup cells) and what only prints links is
    folded: in a closed <details> (setup cells together, each link script with its links) whose
    summary says what it holds; a setup cell shows no output ("Writing ..."). What a script
    prints as Markdown is rendered, as on the chapter, and no output shows Markdown raw."""
    problems = []
    for cell in nb.cells:
        meta = cell.metadata.get("inside_pytorch", {})
        folded = ("notebook-setup", "setup") if "setup" in meta else \
            ("notebook-links", "link script") if "links" in meta else None
        div = cell_div(soup, cell)
        if div is None:
            problems.append(f"notebooks/{name}/: no cell {cell.id} on the page")
            continue
        if folded:
            details = div.find_parent("details")
            if details is None or folded[0] not in details.get("class", []) or details.has_attr("open"):
                problems.append(f"notebooks/{name}/: {folded[1]} cell {cell.id} is not folded into a "
                                f"closed <details class=\"{folded[0]}\">")
            elif details.summary is None or not details.summary.get_text(strip=True):
                problems.append(f"notebooks/{name}/: the <details> of cell {cell.id} has no summary")
            elif "links" in meta and (meta["snippet"] not in details.summary.get_text()
                                      or str(meta["links"]) not in details.summary.get_text()):
                problems.append(f"notebooks/{name}/: the summary of cell {cell.id} does not name "
                                f"{meta['snippet']} and its {meta['links']} links")
        if "setup" in meta and div.select(".jp-OutputArea pre"):
            problems.append(f"notebooks/{name}/: setup cell {cell.id} shows its output")
        if meta.get("output") == "markdown":
            shown = div.select_one(".jp-OutputArea-markdown")
            if shown is None or div.select(".jp-OutputArea pre"):
                problems.append(f"notebooks/{name}/: cell {cell.id} ({meta['snippet']}) prints "
                                f"Markdown, which the page does not show rendered")
    for pre in soup.select("article .jp-OutputArea pre"):
        if RAW_MARKDOWN_LINK.search(pre.get_text()):
            problems.append(f"notebooks/{name}/: an output shows Markdown links raw: "
                            f"{pre.get_text()[:80]!r}")
    return problems


def every_notebook(site, check):
    """What `check(name, its page parsed, its .ipynb)` finds on each chapter's notebook."""
    return [problem for name in CHAPTERS
            for problem in check(name, parsed(notebook_page(site, name)),
                                 nbformat.read(downloaded(site, name), as_version=4))]


def test_setup_and_link_scripts_are_folded_on_the_page(site):
    problems = every_notebook(site, scaffolding_problems)
    # What the checks rest on: the setup cells of the cpp notebook, and the link scripts of the
    # module and cpp chapters' sources.
    for name, kind in (("cpp", "setup"), ("module", "links"), ("cpp", "links")):
        nb = nbformat.read(downloaded(site, name), as_version=4)
        assert any(kind in c.metadata.get("inside_pytorch", {}) for c in nb.cells), (name, kind)
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def language_problems(name, soup, nb):
    """Each file a setup cell writes is shown under its `%%writefile` line, highlighted by the
    lexer Pygments picks for its name (C++ for a .cpp file): the page's tokens are that
    lexer's, not Python's (where the `'` of a C++ comment's "can't" opened a string)."""
    from pygments import highlight
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import TextLexer, get_lexer_for_filename
    from pygments.util import ClassNotFound
    problems = []
    for cell in nb.cells:
        meta = cell.metadata.get("inside_pytorch", {})
        if meta.get("setup") != "file":
            continue
        magic, _, body = cell.source.partition("\n")
        block = cell_div(soup, cell).select_one(".highlight")
        title = block.select_one(".filename")
        if title is None or title.get_text() != magic:
            problems.append(f"notebooks/{name}/: {meta['path']} is not shown under {magic!r}")
        try:
            lexer = get_lexer_for_filename(meta["path"])
        except ClassNotFound:
            lexer = TextLexer()
        # Pygments' spans (hooks/code.py unwraps those of plain names and whitespace: n and w).
        reference = BeautifulSoup(highlight(body, lexer, HtmlFormatter(nowrap=True)), "html.parser")
        want = [(span["class"][0], span.get_text()) for span in reference.select("span[class]")
                if span["class"][0] not in ("n", "w") and span.get_text().strip()]
        got = [(span["class"][0], span.get_text()) for span in block.select("pre code span[class]")
               if span.get_text().strip()]
        if got != want:
            first = next((i for i, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))
            problems.append(f"notebooks/{name}/: {meta['path']} is not highlighted as {lexer.name}: "
                            f"token {first} is {got[first:first + 1]}, {lexer.name} makes it "
                            f"{want[first:first + 1]}")
    return problems


def test_files_the_setup_writes_are_highlighted_in_their_language(site):
    problems = every_notebook(site, language_problems)
    cpp = nbformat.read(downloaded(site, "cpp"), as_version=4)
    assert any(c.metadata.get("inside_pytorch", {}).get("language") == "cpp" for c in cpp.cells)
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def chapter_outputs(site, name):
    """{an output block's text: (its classes, its title, what is typed in it)} of the chapter's
    built pages."""
    found = {}
    for page in pages_of(name):
        uri = page.relative_to(ROOT / "docs").as_posix()[:-3]
        for block in parsed(site / uri / "index.html").select("div.highlight.output"):
            code = block.select_one("pre code")
            title = block.select_one(".filename").get_text()
            label = python_tab(block)
            found.setdefault(code.get_text(), (look(block), f"{title}: {label}" if label else title,
                                               [t.get_text() for t in code.select(".typed")]))
    return found


def look(block):
    """A block's classes but its language's (a chapter page's blocks name it, pygments_lang_class;
    a notebook page's do not)."""
    return {c for c in block["class"] if not c.startswith("language-")}


def python_tab(block):
    """The label of the Python tab a chapter page shows this block in ("Python 3.13.0"), or None:
    a notebook has no tabs, and titles such a block "Session: Python 3.13.0" instead."""
    tab = block.find_parent("div", class_="tabbed-block")
    if tab is None:
        return None
    tabs = tab.find_parent("div", class_="tabbed-set")
    index = tab.find_parent("div", class_="tabbed-content").find_all(
        "div", class_="tabbed-block", recursive=False).index(tab)
    label = tabs.select(".tabbed-labels > label")[index].get_text(strip=True)
    return label if label.startswith("Python ") else None


def transcript_problems(name, soup, nb, chapter):
    """A debugger session's or terminal run's recorded text, in its markdown cell, is the block
    the chapter shows for the same text: the same classes (`output`, `session`: the chapter's
    look, long lines wrapped), the same title ("Session", "Output: Python 3.11.7") and the same
    commands marked as typed."""
    problems = []
    for cell in nb.cells:
        meta = cell.metadata.get("inside_pytorch", {})
        if "recorded" not in meta:
            continue
        blocks = cell_div(soup, cell).select("div.highlight")
        block = blocks[-1] if blocks else None
        # The chapter's Markdown expands a tab to the next multiple of 4 columns (a browser shows
        # the notebook's tab at the next multiple of 8: for pdb's listings, the same column).
        text = block.select_one("pre code").get_text().expandtabs(4) if block else ""
        if text not in chapter:
            problems.append(f"notebooks/{name}/: cell {cell.id} ({meta['snippet']}): its last block "
                            f"is no output block of the chapter")
            continue
        classes, title, typed = chapter[text]
        shown = (look(block), (block.select_one(".filename") or block).get_text(),
                 [t.get_text() for t in block.select("pre code .typed")])
        for what, got, want in zip(("classes", "title", "typed commands"), shown, (classes, title, typed)):
            if got != want:
                problems.append(f"notebooks/{name}/: cell {cell.id} ({meta['snippet']}): {what} "
                                f"{got!r}, on the chapter {want!r}")
    return problems


def test_recorded_sessions_are_marked_as_on_the_chapter(site):
    problems, sessions = [], 0
    for name in CHAPTERS:
        nb = nbformat.read(downloaded(site, name), as_version=4)
        sessions += sum(c.metadata.get("inside_pytorch", {}).get("debugger", False) for c in nb.cells)
        problems += transcript_problems(name, parsed(notebook_page(site, name)), nb,
                                        chapter_outputs(site, name))
    assert sessions, "no debugger session in any notebook: nothing was checked"
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def recorded_build_index():
    """The index the site's CI installs the recorded torch build from (its workflow's
    PIP_EXTRA_INDEX_URL), checked against the stamp's build: its last path part is the
    version's local label (2.13.0+cpu: .../whl/cpu); None for a build without one (PyPI's)."""
    from inside_pytorch.layout import recorded_torch_version
    label = recorded_torch_version().partition("+")[2]
    if not label:
        return None
    workflow = (ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
    url = re.search(r"PIP_EXTRA_INDEX_URL:\s*(\S+)", workflow)[1]
    assert url.rstrip("/").rsplit("/", 1)[1] == label, (url, label)
    return url


def install_problems(name, soup, nb):
    """The first cell's `pip install` line for torch, in the .ipynb and on the page, installs
    the recorded build: `torch==<release>` from the index of that build's local label (the one
    the site's CI installs it from: recorded_build_index)."""
    from inside_pytorch.layout import recorded_torch_version
    release = recorded_torch_version().partition("+")[0]
    index = recorded_build_index()
    want = f"pip install torch=={release}" + (f" --index-url {index}" if index else "")
    problems = []
    page_lines = [line for pre in soup.select(f'div.jp-Cell[id="cell-id={nb.cells[0].id}"] pre')
                  for line in pre.get_text().splitlines() if line.startswith("pip install ")]
    for where, lines in ((f"{name}.ipynb", install_lines(nb.cells[0].source)),
                         (f"notebooks/{name}/", page_lines)):
        torch_lines = [line for line in lines if "torch==" in line]
        if torch_lines != [want]:
            problems.append(f"{where}: installs torch with {torch_lines}, not [{want!r}]")
    return problems


def test_the_install_line_gets_the_recorded_build(site):
    problems = every_notebook(site, install_problems)
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_the_notebook_page_checks_can_fail(site):
    """Each check above, on a real page broken the way it looks for: it reports it."""
    def broken(name, change):
        soup = BeautifulSoup(notebook_page(site, name).read_text(encoding="utf-8"), "html.parser")
        nb = nbformat.read(downloaded(site, name), as_version=4)
        change(soup, nb)
        return soup, nb

    def unfold(soup, nb):
        for details in soup.select("details"):
            details.summary.decompose()
            details.unwrap()

    def raw_markdown(soup, nb):
        for out in soup.select(".jp-OutputArea-markdown"):
            pre = soup.new_tag("pre")
            pre.string = "- [`Module.__init__`](https://github.com/pytorch/pytorch/blob/x/y.py#L1)"
            out.replace_with(pre)

    def as_python(soup, nb):
        from pygments import highlight
        from pygments.formatters import HtmlFormatter
        from pygments.lexers import PythonLexer
        cell = next(c for c in nb.cells if c.metadata.get("inside_pytorch", {}).get("language") == "cpp")
        code = cell_div(soup, cell).select_one("pre code")
        code.replace_with(BeautifulSoup("<code>" + highlight(cell.source.partition("\n")[2], PythonLexer(),
                                                             HtmlFormatter(nowrap=True)) + "</code>",
                                        "html.parser"))

    def plain_transcript(soup, nb):
        for block in soup.select("div.highlight.session"):
            block["class"] = ["highlight"]
            block.select_one(".filename").decompose()
            for typed in block.select(".typed"):
                typed.unwrap()

    def whole_output(soup, nb):
        # a terminal script the chapter shows in parts, each cell showing its whole .out (as the
        # notebook did before it took the part its page includes)
        cell = next(c for c in nb.cells if c.metadata.get("inside_pytorch", {}).get("terminal")
                    and c.metadata["inside_pytorch"].get("section")
                    and "recorded" in c.metadata["inside_pytorch"])
        out = ROOT / cell.metadata["inside_pytorch"]["snippet"].replace(".py", ".out")
        cell_div(soup, cell).select("div.highlight")[-1].select_one("pre code").string = \
            without_marks(out.read_text(encoding="utf-8"))

    def pypi_wheel(soup, nb):
        nb.cells[0].source = re.sub(r" --index-url \S+", "", nb.cells[0].source)
        for pre in soup.select(f'div.jp-Cell[id="cell-id={nb.cells[0].id}"] pre code'):
            pre.string = re.sub(r" --index-url \S+", "", pre.get_text())

    cases = [("module", unfold, scaffolding_problems, "not folded"),
             ("cpp", unfold, scaffolding_problems, "not folded"),
             ("module", raw_markdown, scaffolding_problems, "Markdown links raw"),
             ("cpp", as_python, language_problems, "not highlighted as C++"),
             ("pdb", plain_transcript, lambda name, soup, nb: transcript_problems(
                 name, soup, nb, chapter_outputs(site, name)), "classes"),
             ("ops", whole_output, lambda name, soup, nb: transcript_problems(
                 name, soup, nb, chapter_outputs(site, name)), "is no output block of the chapter"),
             ("linear", pypi_wheel, install_problems, "installs torch with")]
    for name, change, check, expected in cases:
        found = check(name, *broken(name, change))
        assert any(expected in p for p in found), (change.__name__, name, found[:3])
        assert not check(name, parsed(notebook_page(site, name)),
                         nbformat.read(downloaded(site, name), as_version=4)), (check.__name__, name)
