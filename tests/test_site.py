"""The built site: a strict build, pages that load nothing from outside the site, and links that
resolve (internal links and anchors; PyTorch source links pinned to a commit)."""

import ast
import functools
import html
import re
import textwrap
from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from mkdocs.structure.files import File
from mkdocs.utils.meta import get_data

from inside_pytorch.layout import (ROOT, mkdocs_config, nav_titles, pages, recorded_torch_version,
                                  rel, site_markdown, snippet_options, snippet_preprocessor)
from inside_pytorch.pages import read_page
from inside_pytorch.rendered_outputs import LABEL, check_config, frame, rendered_includes
from inside_pytorch.versions import differs, variants

# Attributes that make a browser fetch something (links a reader clicks are not requests).
LOADS = {"script": "src", "img": "src", "iframe": "src", "source": "src", "audio": "src",
         "video": "src", "embed": "src", "object": "data"}
NOT_FETCHED = {"canonical", "alternate", "author", "license", "me"}


class Fetches(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls, self.descriptions = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in LOADS and attrs.get(LOADS[tag]):
            self.urls.append(attrs[LOADS[tag]])
        if tag == "link" and attrs.get("href") and not set((attrs.get("rel") or "").split()) & NOT_FETCHED:
            self.urls.append(attrs["href"])
        if tag == "meta" and attrs.get("name") == "description":
            self.descriptions.append(attrs.get("content") or "")


def built_pages(site):
    return sorted(p for p in site.rglob("*.html") if p.name != "404.html")


def test_build_is_strict_and_clean(built_site):
    assert built_pages(built_site)


def test_pages_load_nothing_from_outside(built_site):
    problems = []
    for page in built_pages(built_site):
        parser = Fetches()
        parser.feed(page.read_text(encoding="utf-8"))
        external = [u for u in parser.urls if u.startswith(("http:", "https:", "//"))]
        problems += [f"{page.relative_to(built_site)}: loads {u}" for u in external]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_every_page_has_a_description_and_the_torch_stamp(built_site):
    problems = []
    for page in built_pages(built_site):
        html = page.read_text(encoding="utf-8")
        parser = Fetches()
        parser.feed(html)
        if not any(parser.descriptions):
            problems.append(f"{page.relative_to(built_site)}: no meta description (front matter)")
        if "Checked against torch" not in html:
            problems.append(f"{page.relative_to(built_site)}: no torch version stamp")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def source_page(site, page):
    """The docs/ page a built page comes from, or None (a notebook's page)."""
    rel = page.parent.relative_to(site).as_posix()
    source = ROOT / "docs" / ("index.md" if rel == "." else rel + ".md")
    return source if source.is_file() else None


def test_meta_descriptions_read_as_written(built_site):
    """Each page's meta description, parsed as a browser parses the page, is its front
    matter's description whole: a double quote in it must not end the attribute (the text a
    search engine shows would stop there)."""
    problems = []
    for page in built_pages(built_site):
        source = source_page(built_site, page)
        if source is None:
            continue
        meta = get_data(source.read_text(encoding="utf-8"))[1]  # as MkDocs reads it
        if "description" not in meta:  # test_every_page_has_a_description_and_the_torch_stamp
            continue
        parser = Fetches()
        parser.feed(page.read_text(encoding="utf-8"))
        if parser.descriptions != [meta["description"]]:
            problems.append(f"{source.relative_to(ROOT)}: the built page's meta description reads "
                            f"{parser.descriptions[:1]!r}, not the front matter's (a double "
                            f"quote in it? write “ ” or ' instead)")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


# A link into PyTorch's source names a commit (40 hex digits) or a release tag, never a branch.
PYTORCH_SOURCE = re.compile(r"^https?://github\.com/pytorch/pytorch/(?:blob|tree|raw|blame|edit|commits)/"
                            r"(?P<ref>[^/#?]+)")
PYTORCH_RAW = re.compile(r"^https?://raw\.githubusercontent\.com/pytorch/pytorch/(?P<ref>[^/#?]+)")
PINNED_REF = re.compile(r"^(?:[0-9a-f]{40}|v\d+\.\d+(?:\.\d+)?(?:-rc\d+)?)$")


# Elements a <label for> can name (HTML's labelable elements; an <input type="hidden"> is none).
LABELABLE = {"button", "input", "meter", "output", "progress", "select", "textarea"}


class Links(HTMLParser):
    """Every <a href> of a page, each link's text (its markup's text joined), and every id
    (or legacy name) an anchor can point at; in the same pass, what
    test_no_markup_the_validator_rejects reads: each `markdown` attribute left on an element,
    each <label for>, and the ids of the controls a label can name."""

    def __init__(self):
        super().__init__()
        self.hrefs, self.ids, self.texts = [], set(), []
        self._text = None  # the text of the <a> being read
        self.markdown, self.label_for, self.controls = [], [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if "markdown" in attrs:
            self.markdown.append(f"<{tag} markdown={attrs['markdown']!r}>")
        if tag == "label" and "for" in attrs:
            self.label_for.append(attrs["for"])
        if tag in LABELABLE and attrs.get("id") and (tag, attrs.get("type")) != ("input", "hidden"):
            self.controls.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        if tag == "a" and attrs.get("href") is not None:
            self.hrefs.append(attrs["href"])
        if tag == "a":
            self._text = []

    def handle_data(self, data):
        if self._text is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "a" and self._text is not None:
            self.texts.append("".join(self._text))
            self._text = None


@functools.lru_cache(maxsize=None)  # a page's links are read by several tests
def parse_links(page):
    parser = Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def site_file(site, path):
    """The file a server of the built site answers a path with (None: it answers 404)."""
    target = site.joinpath(*[p for p in path.split("/") if p])
    if target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else None


def test_no_markup_the_validator_rejects(built_site):
    """Two errors the Nu validator found in the site's own markup, checked on every page without
    it (make validate runs it): a `markdown` attribute, which md_in_html removes only where it
    turns Markdown on (raw HTML, markdown="0", is its default: write no attribute), and a label
    whose `for` names no control (a notebook page's table of contents: notebook_page.py)."""
    problems = []
    for page in sorted(built_site.rglob("*.html")):
        parsed, where = parse_links(page), page.relative_to(built_site)
        problems += [f"{where}: {tag}: no such attribute in HTML" for tag in parsed.markdown]
        problems += [f'{where}: <label for="{name}">: no control has that id'
                     for name in parsed.label_for if name not in parsed.controls]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_every_internal_link_and_anchor_resolves(built_site):
    """The strict build checks links between Markdown files; this checks the HTML readers get,
    theme links included: every relative or same-site link reaches a file, every #anchor an id."""
    base = urlsplit(mkdocs_config()["site_url"])
    parsed, problems, checked = {}, [], 0
    for page in sorted(built_site.rglob("*.html")):
        here = "/" + page.relative_to(built_site).as_posix()
        for href in parse_links(page).hrefs:
            url = urlsplit(href)
            if url.scheme in ("mailto", "javascript", "data"):
                continue
            if url.scheme or url.netloc:
                if (url.scheme, url.netloc) != (base.scheme, base.netloc):
                    continue  # external: checked below only for PyTorch permalinks
                if not url.path.startswith(base.path):
                    problems.append(f"{here}: {href} is outside the site's path {base.path}")
                    continue
                path = "/" + url.path[len(base.path):]
            elif url.path.startswith("/"):
                if page.name != "404.html" and not url.path.startswith(base.path):
                    problems.append(f"{here}: {href} is an absolute path outside {base.path}")
                    continue
                path = "/" + url.path[len(base.path):] if url.path.startswith(base.path) else url.path
            else:
                path = urljoin(here, url.path) if url.path else here
            target = site_file(built_site, path)
            checked += 1
            if target is None:
                problems.append(f"{here}: {href} leads to no page (resolved to {path})")
                continue
            if url.fragment and target.suffix == ".html":
                if target not in parsed:
                    parsed[target] = parse_links(target).ids
                if unquote(url.fragment) not in parsed[target]:
                    problems.append(f"{here}: {href}: no id {url.fragment!r} in "
                                    f"{target.relative_to(built_site)}")
    assert checked, "no internal link found in the built site"
    if problems:
        pytest.fail("\n".join(dict.fromkeys(problems)), pytrace=False)


def test_links_into_pytorch_source_are_permalinks(built_site):
    problems = []
    for page in built_pages(built_site):
        for href in parse_links(page).hrefs:
            m = PYTORCH_SOURCE.match(href) or PYTORCH_RAW.match(href)
            if m and not PINNED_REF.match(m["ref"]):
                problems.append(f"{page.relative_to(built_site)}: {href} points at {m['ref']!r}, "
                                "not a commit or a tag: use torch.version.git_version")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_edit_and_view_links_and_no_repository_widget(built_site):
    """Each page's edit and view-source buttons come from `edit_uri`, the one place the
    repository is named; the header has no repository widget (it would call api.github.com)."""
    edit_uri = mkdocs_config()["edit_uri"]
    problems = []
    for page in built_pages(built_site):
        html = page.read_text(encoding="utf-8")
        hrefs = parse_links(page).hrefs
        if 'data-md-component="source"' in html:
            problems.append(f"{page.relative_to(built_site)}: has Material's repository widget")
        if not any(h.startswith(edit_uri) and h.endswith(".md") for h in hrefs):
            problems.append(f"{page.relative_to(built_site)}: no edit link under {edit_uri}")
        if not any(h.startswith(edit_uri.replace("/edit/", "/raw/", 1)) for h in hrefs):
            problems.append(f"{page.relative_to(built_site)}: no view-source link")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_footer_links_to_the_repository_of_edit_uri(built_site):
    """The footer's repository link names the same repository as the edit buttons."""
    config = mkdocs_config()
    repository = config["edit_uri"].split("/edit/", 1)[0]
    links = [s["link"] for s in config.get("extra", {}).get("social", [])]
    assert links == [repository], f"extra.social should link {repository}, as edit_uri does"
    missing = [str(page.relative_to(built_site)) for page in built_pages(built_site)
               if repository not in parse_links(page).hrefs]
    assert not missing, f"no link to {repository} on: {', '.join(missing)}"


def test_404_page_offers_every_page_of_the_navigation(built_site):
    """A reader who lands on a dead link gets the chapters (the search is in the header)."""
    page = built_site / "404.html"
    hrefs = parse_links(page).hrefs
    missing = [title or target for target, title in nav_titles(mkdocs_config()["nav"]).items()
               if target.endswith(".md") and not any(
                   h.rstrip("./").endswith("" if target == "index.md" else target[:-3])
                   for h in hrefs)]
    assert not missing, f"404.html does not link: {', '.join(missing)}"
    assert 'data-md-component="search-query"' in page.read_text(encoding="utf-8")


# Link texts that say nothing of where they go (Lighthouse's SEO audit "link-text" lists these;
# a screen reader's list of links reads them out of context).
VAGUE_LINK_TEXTS = {"click here", "click this", "go", "here", "information", "learn more", "link",
                    "more", "more info", "more information", "read more", "right here", "see more",
                    "start", "this", "this page"}


def test_link_texts_say_where_they_go(built_site):
    vague = [f"{page.relative_to(built_site)}: a link reads {text!r}: name what it leads to"
             for page in built_pages(built_site)
             for text in parse_links(page).texts
             if text.strip().lower() in VAGUE_LINK_TEXTS]
    assert not vague, "\n".join(vague)


def test_unwrapped_code_spans_look_the_same(built_site):
    """hooks/code.py unwraps Pygments' `n` (name) and `w` (whitespace) spans. That is invisible
    only while Material's stylesheets draw a name in the code's own colour and give whitespace
    nothing: checked here against the installed theme. And a code block keeps its text."""
    css = "\n".join(p.read_text() for p in sorted((built_site / "assets/stylesheets").glob("*.min.css")))
    rules = re.findall(r"([^{}]*)\{([^{}]*)\}", css)
    styled = [f"{sel}{{{body}}}" for sel, body in rules if re.search(r"\.[nw](?![\w-])", sel)]
    assert styled == [".highlight .kc,.highlight .n{color:var(--md-code-hl-name-color)}"], styled
    names = set(re.findall(r"--md-code-hl-name-color:([^;}]*)", css))
    assert names == {"var(--md-code-fg-color)"}, f"a name is no longer drawn in the code's colour: {names}"

    page = (built_site / "how-this-site-is-tested/index.html").read_text()
    assert not re.search(r'<span class="[nw]">', page), "hooks/code.py left n/w spans"
    shown = re.search(r'snippets/about/stamp\.py</span>.*?<code>(.*?)</code>', page, re.S)
    assert shown, "the stamp script is no longer shown on how-this-site-is-tested"
    text = html.unescape(re.sub(r"<[^>]+>", "", shown[1]))
    assert text == (ROOT / "snippets/about/stamp.py").read_text(), "the shown code lost text"


def test_sessions_mark_what_the_reader_types(built_site):
    """hooks/outputs.py marks what was typed at a debugger prompt (or IPython's `In [n]:`) in
    a transcript, and reader.css draws it bold: every prompt line with a command carries it."""
    css = (ROOT / "docs" / "assets" / "reader.css").read_text(encoding="utf-8")
    rule = re.search(r"\.md-typeset \.highlight\.session \.typed \{([^}]*)\}", css)
    assert rule and "font-weight: 700" in rule[1], "reader.css: .session .typed is not bold"
    prompt = re.compile(r"^(?:\(Pdb\) |ipdb&gt; |In \[[0-9]+\]: )(?P<rest>.+)$", re.M)
    problems, marked = [], 0
    for page in built_pages(built_site):
        html = page.read_text(encoding="utf-8")
        for block in re.findall(r'<div class="[^"]*highlight output session[^"]*">.*?</pre>', html, re.S):
            for m in prompt.finditer(block):
                if m["rest"].startswith('<span class="typed">'):
                    marked += 1
                else:
                    problems.append(f"{page.relative_to(built_site)}: {m[0][:60]!r} is not "
                                    f"marked as typed")
    assert not problems, "\n".join(problems)
    assert marked > 100, f"only {marked} typed commands found: is hooks/outputs.py applied?"



# -- Numbered scripts where a session names their lines (src/inside_pytorch/linenums.py) --------
# A code block of the built page: its title (a script's is its path) and its code's HTML.
BLOCK = re.compile(r'<div class="(?:language-\S+ )?highlight[^"]*">'
                   r'(?:<span class="filename">(?P<title>[^<]*)</span>)?'
                   r'<pre>(?:<span></span>)?<code>(?P<code>.*?)</code></pre></div>', re.S)
SCRIPT_TITLE = re.compile(r"^(?P<script>snippets/\S+\.py)(?: |$)")
# Where a recorded session stops (pdb's and ipdb's `> FILE(LINE)`, and the line `b` reports).
SESSION_STOP = re.compile(
    r"^(?:\(Pdb\) |ipdb> )*> (?P<script>snippets/\S+?\.py)\((?P<line>[0-9]+)\)"
    r"|^Breakpoint [0-9]+ at (?P<bscript>snippets/\S+?\.py):(?P<bline>[0-9]+)$", re.M)
NUMBER = re.compile(r'<span class="linenos" data-linenos="\s*([0-9]+) "></span>')


def text_of(code):
    return html.unescape(re.sub(r"<[^>]+>", "", code))


def session_stops(code):
    """[(script, line)] where the session in a block's code stops."""
    return [(m["script"] or m["bscript"], int(m["line"] or m["bline"]))
            for m in SESSION_STOP.finditer(text_of(code))]


def numbered_lines(code):
    """{number shown: (highlighted, text)} of a code block's HTML (pymdownx-inline numbers)."""
    found = {}
    for line in code.split("\n"):
        m = NUMBER.search(line)
        if m:
            found[int(m[1])] = ('<span class="hll">' in line[:m.start()], text_of(line))
    return found


def line_problems(page_html, where, root=ROOT):
    """What a reader would find wrong with the numbers of a built page's scripts: a session
    (any recorded output) stops at line N of a script the page shows, and the block of that
    script above the session does not show N as a numbered, highlighted line; a numbered block
    whose lines are not numbered one after the other; or a numbered line whose text is not the
    file's line of that number."""
    problems, shown = [], {}  # shown: script -> its numbered lines, in the last block above
    blocks = [(m["title"] or "", m["code"]) for m in BLOCK.finditer(page_html)]
    scripts = {m["script"] for title, _ in blocks if (m := SCRIPT_TITLE.match(title))}
    for title, code in blocks:
        m = SCRIPT_TITLE.match(title)
        if m:
            lines = (root / m["script"]).read_text(encoding="utf-8").split("\n")
            numbered = shown[m["script"]] = numbered_lines(code)
            if numbered and list(numbered) != list(range(min(numbered), min(numbered) + len(
                    text_of(code).rstrip("\n").split("\n")))):
                problems.append(f"{where}: {title}: its lines are not numbered one after the "
                                f"other: {list(numbered)[:20]}")
            for n, (_, text) in numbered.items():
                if n > len(lines) or text != lines[n - 1]:
                    problems.append(f"{where}: {title}: the line numbered {n} shows {text!r}; "
                                    f"the file's line {n} is "
                                    f"{lines[n - 1] if n <= len(lines) else None!r}")
            continue
        for script, n in session_stops(code):
            if script not in scripts:
                continue  # torch's files, and files a script writes
            line = shown.get(script, {}).get(n)
            if script not in shown:
                problems.append(f"{where}: a session stops at {script}:{n}, shown only below it")
            elif line is None:
                problems.append(f"{where}: a session stops at {script}:{n}, and the block of "
                                f"{script} above it shows no line numbered {n}")
            elif not line[0]:
                problems.append(f"{where}: a session stops at {script}:{n}, and the block of "
                                f"{script} above it does not highlight line {n}")
    return problems


def test_sessions_stop_on_numbered_highlighted_lines(built_site):
    """On every page, each line a session stops at in a script the page shows is numbered and
    highlighted in the script's block above it, and each numbered line is the file's line of
    that number, the one pdb names; every script on the debugging chapter's pages is numbered."""
    problems, unnumbered, stops = [], [], 0
    chapter = [built_site / "pdb" / "index.html", *(built_site / "pdb").glob("*/index.html")]
    for page in built_pages(built_site):
        page_html = page.read_text(encoding="utf-8")
        where = page.relative_to(built_site).parent.as_posix() + "/"
        problems += line_problems(page_html, where)
        if page in chapter:
            for m in BLOCK.finditer(page_html):
                if not SCRIPT_TITLE.match(m["title"] or ""):
                    stops += len(session_stops(m["code"]))
                elif not numbered_lines(m["code"]):
                    unnumbered.append(f"{where}: {m['title']} shows no line numbers")
    assert not problems, "\n".join(problems)
    assert not unnumbered, "\n".join(unnumbered)
    assert stops > 100, f"only {stops} stops found on the pdb pages: is the check reading them?"


def render(page_text):
    """A scratch page's Markdown as the site renders its code blocks (mkdocs.yml's options)."""
    import markdown

    options = {k: v for k, v in snippet_options().items() if k != "auto_append"}
    options["base_path"] = [str(ROOT / p) for p in options.get("base_path", ["."])]
    highlight = next(e["pymdownx.highlight"] for e in mkdocs_config()["markdown_extensions"]
                     if isinstance(e, dict) and "pymdownx.highlight" in e)
    return markdown.Markdown(extensions=["pymdownx.highlight", "pymdownx.superfences",
                                         "pymdownx.snippets"],
                             extension_configs={"pymdownx.highlight": highlight,
                                                "pymdownx.snippets": options}).convert(page_text)


def test_the_line_number_check_can_fail():
    """A scratch page with snippets/pdb/breakpoints.py and its session: numbered by the hook it
    passes; numbered one off, not numbered, or numbered without the stops highlighted, it fails."""
    from inside_pytorch.linenums import number

    page = ('```python title="snippets/pdb/breakpoints.py"{attrs}\n'
            '--8<-- "snippets/pdb/breakpoints.py"\n```\n\n'
            '```text title="Session"\n--8<-- "snippets/pdb/breakpoints.out"\n```\n')
    hooked, problems = number(page.format(attrs=""), "pdb/scratch.md", set())
    assert not problems and 'linenums="1"' in hooked, (problems, hooked)
    assert line_problems(render(hooked), "hooked") == []
    gap = re.sub(r'<span class="linenos" data-linenos="\s*3 "></span>', "", render(hooked))
    assert any("not numbered one after the other" in p for p in line_problems(gap, "gap"))
    cases = {"one off": (' linenums="2"', "the line numbered 2 shows '# command"),
             "no numbers": ("", "shows no line numbered 14"),
             "no highlight": (' linenums="1"', "does not highlight line 14")}
    for case, (attrs, expected) in cases.items():
        found = line_problems(render(page.format(attrs=attrs)), case)
        assert any(expected in p for p in found), f"{case}: not caught: {found}"
    # A session shown above its script: the reader meets the stop before the numbers.
    below = page.split("\n\n")[1] + "\n\n" + page.split("\n\n")[0].format(attrs=' linenums="1"')
    assert any("shown only below it" in p for p in line_problems(render(below), "below"))


def test_the_hook_refuses_numbers_it_cannot_derive(tmp_path):
    """hooks/linenums.py fails the build (a warning, strict) where the numbers shown could not
    be the file's, or a stop is on a line no block shows, or a page types its own numbers."""
    from inside_pytorch.linenums import number, shown_lines

    (tmp_path / "snippets" / "pdb").mkdir(parents=True)
    script = tmp_path / "snippets" / "pdb" / "s.py"
    script.write_text("import os\n# --8<-- [start:a]\nx = 1\n# --8<-- [start:b]\ny = 2\n"
                      "# --8<-- [end:b]\n# --8<-- [end:a]\nz = 3\n", encoding="utf-8")
    (tmp_path / "snippets" / "pdb" / "s.out").write_text(
        "> snippets/pdb/s.py(8)<module>()\n-> z = 3\n", encoding="utf-8")
    assert shown_lines("snippets/pdb/s.py", "b", tmp_path) == (5, 5)
    assert "line 4" in shown_lines("snippets/pdb/s.py", "a", tmp_path)
    assert "line 2" in shown_lines("snippets/pdb/s.py", None, tmp_path)
    page = ('```python title="snippets/pdb/s.py"{attrs}\n--8<-- "snippets/pdb/s.py:b"\n```\n\n'
            '```text title="Session"\n--8<-- "snippets/pdb/s.out"\n```\n')
    _, problems = number(page.format(attrs=""), "pdb/x.md", set(), tmp_path)
    assert any("stops at snippets/pdb/s.py:8, a line no block" in p for p in problems), problems
    _, problems = number(page.format(attrs=' linenums="5"'), "pdb/x.md", set(), tmp_path)
    assert any("sets its own linenums" in p for p in problems), problems
    # Outside the debugging chapter only scripts an output names are numbered.
    text, problems = number(page.format(attrs=""), "linear/x.md", set(), tmp_path)
    assert "linenums" not in text and not problems

def page_h1(page):
    """The text of a built page's first <h1>, its permalink (¶) left out."""
    from bs4 import BeautifulSoup

    h1 = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one("article h1")
    if h1 is None:
        return None
    for permalink in h1.select("a.headerlink"):
        permalink.decompose()
    return " ".join(h1.get_text().split())


def test_every_page_says_which_it_is(built_site):
    """A page's title (browser tab, sticky header, "Next:" in the footer, the navigation) is its
    heading, word for word, and no two pages share one. "Overview" said nothing of which chapter
    it opened. The home page is the exception: "Home" in the navigation, the site's name above."""
    titles, problems = {}, []
    for target, title in nav_titles(mkdocs_config()["nav"]).items():
        if not target.endswith(".md"):
            continue
        page = built_site / ("index.html" if target == "index.md" else target[:-3] + "/index.html")
        h1 = page_h1(page)
        tab = re.search(r"<title>(.*?)</title>", page.read_text(encoding="utf-8"), re.S)[1]
        if target != "index.md" and h1 != title:
            problems.append(f"{target}: navigation says {title!r}, its heading {h1!r}")
        if title.lower().startswith("overview"):
            problems.append(f"{target}: titled {title!r}: name the chapter it opens")
        titles.setdefault(html.unescape(tab).strip(), []).append(target)
    problems += [f"{' and '.join(pages)} share the title {tab!r}"
                 for tab, pages in titles.items() if len(pages) > 1]
    assert not problems, "\n".join(problems)


def test_search_indexes_chapter_pages_only(built_site):
    """The notebooks repeat their chapter's code and outputs, and "What changes in torch 2.14"
    its diffs of them: in the index they outranked the explanation (post_mortem found the diff
    first). They are reached from the chapters, the version tabs and the navigation."""
    import json

    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    stray = sorted({d["location"].split("#")[0] for d in index["docs"]
                    if d["location"].startswith(("notebooks/", "torch-2.14/"))})
    assert not stray, f"in the search index: {', '.join(stray)}"


def brackets_close(text, opening, closing):
    """Whether each `closing` in `text` closes an `opening` before it, and every one is closed."""
    depth = 0
    for char in text:
        depth += (char == opening) - (char == closing)
        if depth < 0:
            return False
    return depth == 0


def test_no_name_loses_characters_to_emphasis(built_site):
    """Markdown reads `_` and `*` as emphasis: `kaiming_uniform_` outside a code span became
    "kaiming_uniform" with the text before it in italics, `__getitem__` a bold "getitem",
    `model(**inputs)` bold text up to the next `**`. The site writes emphasis with asterisks, so
    an emphasis whose text sits between underscores in the page's Markdown was a name's, and
    one that opens or closes a bracket it does not close or open was a call's."""
    from bs4 import BeautifulSoup

    problems = []
    for page in built_pages(built_site):
        source = source_page(built_site, page)
        if source is None:
            continue
        markdown = source.read_text(encoding="utf-8")
        # The error index's list is written by a hook (errors.py) that writes no emphasis: any
        # there is a name's underscores read as one (`__setattr__` in a link text was bold).
        generated = bool(get_data(markdown)[1].get("error_index"))
        article = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one("article")
        for element in article.select("em, strong") if article else []:
            text = element.get_text()
            if element.find_parent(["code", "pre"]) or not text:
                continue
            split = f"_{text}_" in markdown
            unbalanced = any(not brackets_close(text, a, b) for a, b in ("()", "[]", "{}"))
            if split or unbalanced or generated:
                problems.append(f"{source.relative_to(ROOT)}: <{element.name}>{text}</{element.name}>:"
                                " put the name in a code span (backticks)")
    assert not problems, "\n".join(problems)


# -- /llms.txt (mkdocs-llmstxt: its block in mkdocs.yml, and inside_pytorch/llms.py) ------------

LLMS_SECTION = re.compile(r"^## (?P<title>.+)$")
LLMS_LINK = re.compile(r"^- \[[^\]]*\]\((?P<url>[^)\s]+)\)")


def llms_sections(text):
    """[(section title, [link url])] of an llms.txt, in its order."""
    sections = []
    for line in text.splitlines():
        if m := LLMS_SECTION.match(line):
            sections.append((m["title"], []))
        elif (m := LLMS_LINK.match(line)) and sections:
            sections[-1][1].append(m["url"])
    return sections


def markdown_uri(page):
    """Where mkdocs-llmstxt writes a docs/ page's Markdown: beside its index.html, as MkDocs
    names that."""
    config = mkdocs_config()
    dest = File(page, src_dir=str(ROOT / "docs"), dest_dir="",
                use_directory_urls=config.get("use_directory_urls", True)).dest_uri
    return dest[:-len(".html")] + ".md"


def nav_sections():
    """[(title, [page])] of the navigation's top-level entries, each with its pages in order."""
    return [(title, list(nav_titles(value if isinstance(value, list) else [value])))
            for entry in mkdocs_config()["nav"] for title, value in entry.items()]


def test_llms_txt_lists_every_page_by_chapter(built_site):
    """/llms.txt has a section per entry of the navigation, named as it is, linking the Markdown
    of each of its pages in the navigation's order: a page added to the nav but not to the
    plugin's `sections` (they are written out in mkdocs.yml) fails here."""
    site_url = mkdocs_config()["site_url"]
    expected = [(title, [site_url + markdown_uri(page) for page in pages])
                for title, pages in nav_sections()]
    text = (built_site / "llms.txt").read_text(encoding="utf-8")
    listed = llms_sections(text)
    # Its description (markdown_description, written out) names the torches the outputs are
    # checked against: a new torch must not leave it naming the old one.
    torches = [recorded_torch_version(), *{v for vs in variants().values() for v in vs}]
    stale = [t for t in torches if f"torch {t}" not in text]
    assert not stale, f"mkdocs.yml: llmstxt's markdown_description does not name torch {stale}"
    assert listed == expected, (
        "llms.txt's sections are not the navigation's (mkdocs.yml: llmstxt's `sections`):\n"
        + "\n".join(f"{title}: missing {sorted(set(urls) - set(dict(listed).get(title, [])))}, "
                    f"extra {sorted(set(dict(listed).get(title, [])) - set(urls))}"
                    for title, urls in expected if urls != dict(listed).get(title)))


def test_llms_txt_links_resolve(built_site):
    """Every link of llms.txt, and every link into the site from a page's Markdown, reaches a
    file of the built site; llms-full.txt holds every listed page's Markdown."""
    site_url = mkdocs_config()["site_url"]

    def target(url):  # what a server of the built site answers this url (of site_url) with
        return site_file(built_site, urlsplit(url).path.removeprefix(urlsplit(site_url).path))

    listed = [url for _, urls in llms_sections((built_site / "llms.txt").read_text(
        encoding="utf-8")) for url in urls]
    full = (built_site / "llms-full.txt").read_text(encoding="utf-8")
    problems = []
    for url in listed:
        if target(url) is None or target(url).suffix != ".md":
            problems.append(f"llms.txt: {url} leads to no Markdown file")
            continue
        text = target(url).read_text(encoding="utf-8")
        if text not in full:
            problems.append(f"llms-full.txt lacks {url}")
        for link in re.findall(r"\]\((" + re.escape(site_url) + r"[^)\s]*)\)", text):
            if target(link) is None:
                problems.append(f"{url}: {link} leads to no file")
    assert listed, "llms.txt links nothing"
    if problems:
        pytest.fail("\n".join(dict.fromkeys(problems)), pytrace=False)


def normalised(text):
    return " ".join(text.split())


def test_llms_markdown_has_every_block_and_output_of_its_page(built_site):
    """Each page's Markdown holds every code block and recorded output its page includes, as
    a fenced block of the page's language (`python`, `text`), whitespace aside; where a second
    torch's output differs, that too, under the tabs' labels; and the stamp, whole."""
    expand = snippet_preprocessor()
    found = variants()
    problems, checked = [], 0
    for page in (p for _, pages in nav_sections() for p in pages):
        built = built_site / markdown_uri(page)
        if not built.is_file():  # test_llms_txt_lists_every_page_by_chapter says why
            problems.append(f"{markdown_uri(page)}: not written")
            continue
        md = built.read_text(encoding="utf-8")
        flat = normalised(md)
        for block in read_page(ROOT / "docs" / page)[0]:
            if block.info is None:  # an include line in the prose (a diagram)
                continue
            fence = "```" + block.info.split()[0]
            versions = {v for _, path, _ in block.includes for v in found.get(path, {})}
            for version in [None, *sorted(versions)]:
                body = block.body  # the tab of `version`: its variants in place (versions.py)
                for _, path, _ in block.includes:
                    if version in found.get(path, {}):
                        body = [line.replace(f'"{path}', f'"{found[path][version]}', 1)
                                for line in body]
                shown = normalised(fence + "\n" + "\n".join(expand.run(body)))
                checked += 1
                if shown not in flat:
                    problems.append(f"{markdown_uri(page)}: lacks docs/{page}:{block.start + 1}"
                                    f"{f' (torch {version})' if version else ''}: {shown[:80]!r}")
        html = (built.parent / "index.html").read_text(encoding="utf-8")
        labels = re.findall(r'<label for="__tabbed_[^"]+">([^<]+)</label>', html)
        if re.findall(r"^\*\*([^*\n]+)\*\*$", md, re.M) != labels:
            problems.append(f"{markdown_uri(page)}: the tabs' labels are not each a line above "
                            f"its block ({labels})")
        stamp = re.search(r'<p class="admonition-title">(Checked against torch [^<]+)</p>', html)
        if not stamp or stamp[1] not in md:
            problems.append(f"{markdown_uri(page)}: lacks the stamp as the page shows it")
    assert checked > 400, f"only {checked} blocks checked"
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


# -- printed source reads as source (inside_pytorch/markup.py) --------------------------------

COMPOUND = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.If, ast.For, ast.While,
            ast.With, ast.Try)
STATEMENTS = (*COMPOUND, ast.Return, ast.Raise, ast.Import, ast.ImportFrom, ast.Assign,
              ast.AugAssign, ast.Delete, ast.Assert, ast.Pass, ast.Break, ast.Continue)
CPP_LINE = re.compile(r"^\s*(?://|#include\b|#define\b|namespace\b|template\s*<)|[;{}]\s*$")
NUMBERED_SOURCE = re.compile(r"^(?:#|//) \S+\.(?:py|pyi|h|hpp|c|cc|cpp|yaml)\n"
                             r"(?: *[0-9]+(?:  .*)?\n){2}", re.M)
OUTPUT_BLOCK = re.compile(r'<div class="(?P<cls>[^"]*\bhighlight output\b[^"]*)">'
                          r'<span class="filename">[^<]*</span><pre>(?P<pre>.*?)</pre>', re.S)


def python_statement(line):
    """A line that reads as a Python statement on its own (a block's header given a body)."""
    line = line.strip()
    if line.endswith(":"):
        line += " pass"
    if re.match(r"(?:elif|else)\b", line):
        line = "if 1: pass\n" + line
    elif re.match(r"(?:except|finally)\b", line):
        line = "try: pass\n" + line
    try:
        return any(isinstance(node, STATEMENTS) for node in ast.parse(line).body)
    except SyntaxError:
        return False


def looks_like_source(text):
    """What an output's text is, read from the text alone: "python" (it parses, but for a line
    or two of report above it, and holds a definition or a block; or half its lines are
    statements), "cpp" (most lines end a
    statement or open or close a block, or are comments), "numbered" (a file's lines under
    its `# <path>` line, with their numbers), or None (a message, a table, a traceback)."""
    if NUMBERED_SOURCE.search(text):
        return "numbered"
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 3 or any(re.match(r'\s*(?:Traceback \(|File ")', line) for line in lines):
        return None
    code = [line for line in lines if not line.lstrip().startswith("#")]
    for skip in range(min(3, len(code))):  # a line or two of report may come first
        try:
            tree = ast.parse(textwrap.dedent("\n".join(code[skip:])))
        except SyntaxError:
            continue
        if any(isinstance(node, COMPOUND) for node in ast.walk(tree)):
            return "python"
    if sum(python_statement(line) for line in lines) >= 0.5 * len(lines):
        return "python"
    if sum(bool(CPP_LINE.search(line)) for line in lines) >= 0.6 * len(lines):
        return "cpp"
    return None


def source_shown_plain(page_html, where):
    """Every output (not a debugger session) whose text is source must be drawn as source;
    one printed with line numbers, with its numbers in the gutter."""
    problems = []
    for m in OUTPUT_BLOCK.finditer(page_html):
        classes = m["cls"].split()
        if "session" in classes:
            continue
        text = html.unescape(re.sub(r"<[^>]+>", "", m["pre"]))
        kind = looks_like_source(text)
        if kind and "source" not in classes:
            first = text.strip().splitlines()[0][:60]
            problems.append(f"{where}: an output that is {kind} source is shown as plain "
                            f"text ({first!r}): open its block with ```python, ```cpp or "
                            f"```yaml instead of ```text")
        elif kind == "numbered" and "numbered" not in classes:
            problems.append(f"{where}: an output printed with line numbers keeps them in its "
                            f"text: its lines must be `<number>  <line>` under `# <path>`")
    return problems


def test_printed_source_is_shown_as_source(built_site):
    problems, found = [], 0
    for page in built_pages(built_site):
        text = page.read_text(encoding="utf-8")
        found += text.count(" output source")
        problems += source_shown_plain(text, page.relative_to(built_site).as_posix())
    assert not problems, "\n".join(problems)
    assert found >= 10, f"only {found} source outputs: is hooks/outputs.py applied?"


def test_the_source_check_finds_source_by_its_content():
    """Module.__getattr__'s source, the generated binding and a numbered excerpt are found
    when a page shows them as text; messages, tables and tracebacks are not source."""
    from inside_pytorch.markup import mark_outputs

    def block(path, section=None, lang="text"):
        text = (ROOT / path).read_text(encoding="utf-8")
        if section:
            text = re.search(rf"\[start:{section}\]\n(.*?)--8<-- \[end:{section}\]", text, re.S)[1]
        return (f'<div class="language-{lang} highlight"><span class="filename">Output</span>'
                f"<pre><span></span><code>{html.escape(text)}</code></pre></div>")

    plain = [block("snippets/module/getattr_source.out"),
             block("snippets/cpp/generated_binding.out", "method-impl"),
             block("snippets/cpp/ops_headers.out")]
    # source under a line of report, without numbers (as nn.Linear's reset_parameters was shown)
    source = re.sub(r"^ *[0-9]+  ", "", (ROOT / "snippets/linear/init.out").read_text(
        encoding="utf-8").split("\n", 2)[2], flags=re.M)
    plain.append(block("snippets/linear/init.out").replace(
        html.escape((ROOT / "snippets/linear/init.out").read_text(encoding="utf-8")),
        html.escape("nn.Linear.__init__ ends with: self.reset_parameters()\n" + source)))
    problems = source_shown_plain(mark_outputs("".join(plain)), "scratch")
    assert len(problems) == 4, problems
    shown = [block("snippets/module/getattr_source.out", lang="python"),
             block("snippets/cpp/generated_binding.out", "method-impl", lang="cpp"),
             block("snippets/cpp/ops_headers.out", lang="cpp")]
    assert source_shown_plain(mark_outputs("".join(shown)), "scratch") == []
    others = ["linear/shapes.out", "cpp/q_composite_implicit.out", "module/state_dict_roundtrip.out",
              "pdb/post_mortem.out", "module/apply_source.out"]
    assert {name: looks_like_source((ROOT / "snippets" / name).read_text(encoding="utf-8"))
            for name in others} == dict.fromkeys(others)


# -- Outputs a page renders as Markdown (inside_pytorch/rendered_outputs.py) -----------------

FRAMED = re.compile(r'<div class="rendered-output">\s*<p class="rendered-output-label"[^>]*>'
                    + re.escape(LABEL) + r"</p>(?P<body>.*?)</div>", re.S)


def words(html_text):
    """The text of some HTML as one line: tags dropped (those that mark words inside a line,
    versions.py's <mark> and <span>, without a space), entities read, whitespace joined."""
    html_text = re.sub(r"</?(?:mark|span)\b[^>]*>", "", html_text)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", html_text)).split())


def shown_includes(lines, found):
    """[(line index, include line)] for each output rendered as Markdown on a page (its lines):
    the include line, and where a second torch prints something else, the same line with that
    torch's variant, which versions.py shows in a tab of its own."""
    shown = []
    for block in rendered_includes(lines):
        for n, path, _ in block.includes:
            line = lines[n].strip()
            shown.append((n, line))
            shown += [(n, line.replace(f'"{path}', f'"{found[path][version]}', 1))
                      for version in differs(line, found)]
    return shown


def unframed_outputs(lines, built_html, md):
    """The outputs rendered as Markdown on a page (its lines) whose rendered text is not, whole,
    the text of a frame under the label in the page's built HTML."""
    framed = [words(m["body"]) for m in FRAMED.finditer(built_html)]
    problems = []
    for n, line in shown_includes(lines, variants()):
        shown = words(md.reset().convert(line))
        if not shown or shown not in framed:
            problems.append(f"{n + 1}: {line} is shown without the frame and label of an "
                            f"output ({len(framed)} framed outputs on the page)")
    return problems


def built_html(site, page):
    config = mkdocs_config()
    return site / File(rel(page)[len("docs/"):], src_dir=str(ROOT / "docs"), dest_dir="",
                       use_directory_urls=config.get("use_directory_urls", True)).dest_uri


def test_every_output_rendered_as_markdown_is_framed(built_site):
    """An output that a page includes outside a fenced block, so that it renders as Markdown (a
    table, a list of links), is shown in the built page inside the frame of an output, under
    the label that says it is one, each torch's tab of it too; the includes are found from the
    pages, as the hook finds them."""
    md, problems, checked = site_markdown(), [], 0
    for page in pages():
        lines = page.read_text(encoding="utf-8").split("\n")
        if not rendered_includes(lines):
            continue
        checked += len(shown_includes(lines, variants()))
        text = built_html(built_site, page).read_text(encoding="utf-8")
        problems += [f"{rel(page)}:{p}" for p in unframed_outputs(lines, text, md)]
    assert checked >= 8, f"only {checked} outputs rendered as Markdown found on the pages"
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_the_rendered_output_check_can_fail():
    """The check above fails on a scratch page whose outputs rendered as Markdown are not framed,
    and on one of them left out of the frame; framed as the hook frames them, it passes."""
    page = ('# Scratch\n\nThe table:\n\n--8<-- "snippets/module/setattr_routing.out:table"\n\n'
            'The ops:\n\n--8<-- "snippets/cpp/op_table.out:routes"\n')
    lines, md = page.split("\n"), site_markdown()
    bare = unframed_outputs(lines, md.reset().convert(page), md)
    assert [p.split(": ")[0] for p in bare] == ["5", "9"], bare
    assert "without the frame and label of an output (0 framed" in bare[0]
    half = frame(page.split("The ops:")[0]) + "The ops:" + page.split("The ops:")[1]
    assert [p.split(": ")[0] for p in unframed_outputs(lines, md.reset().convert(half), md)] == ["9"]
    assert unframed_outputs(lines, md.reset().convert(frame(page)), md) == []


def llms_words(text):
    """Markdown as words: code spans, table pipes and rules, list bullets and escapes dropped
    (the site's Markdown and markdownify's Markdown of its HTML write them differently)."""
    text = re.sub(r"^[ \t]*[-*+][ \t]+", " ", text, flags=re.M)
    return " ".join(re.sub(r"[`|\\]|-{3,}", " ", text).split())


def test_llms_markdown_has_every_output_rendered_as_markdown(built_site):
    """Each page's Markdown for /llms.txt holds every output the page renders as Markdown, each
    torch's where they differ, under the label that says it is the script's output."""
    expand, found = snippet_preprocessor(), variants()
    problems, checked = [], 0
    for page in (p for _, pages in nav_sections() for p in pages):
        lines = (ROOT / "docs" / page).read_text(encoding="utf-8").split("\n")
        shown = shown_includes(lines, found)
        if not shown:
            continue
        md = llms_words((built_site / markdown_uri(page)).read_text(encoding="utf-8"))
        for n, line in shown:
            checked += 1
            if llms_words(LABEL + "\n\n" + "\n".join(expand.run([line]))) not in md:
                problems.append(f"{markdown_uri(page)}: lacks docs/{page}:{n + 1} ({line}) "
                                f"under its label")
    assert checked >= 8, f"only {checked} outputs rendered as Markdown checked"
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_the_frame_hook_names_a_missing_extension():
    """A mkdocs.yml without the extensions the frames are written for stops the build with a
    one-line error that says what to add, not with pages whose frames show as text."""
    with pytest.raises(SystemExit, match=r"^hooks/rendered_outputs.py frames outputs rendered as "
                       r"Markdown with pymdownx.blocks.html: add it to markdown_extensions in "
                       r"mkdocs.yml$"):
        check_config({"markdown_extensions": ["attr_list", "pymdownx.details"]})
    check_config({"markdown_extensions": ["attr_list", "pymdownx.blocks.html"]})
