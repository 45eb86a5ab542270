"""The built site in a real browser: Debian's Chromium, headless, driven by Playwright.

The site is served by a small threaded HTTP server inside this test, on 127.0.0.1, under the
path it has when hosted (site_url's path), answering unknown paths with 404.html as GitHub Pages
does. One browser visits every page and fails on any console error, failed request or request
that leaves 127.0.0.1; then it checks what a reader uses: copy buttons (clicked, the clipboard
read back), search (every code name on the pages, and every message of the error index pasted,
searched by the site's own search worker run in node, tests/search_worker.js; a sample of them
typed or pasted into the box, which must list what the worker lists), the figures (every label
drawn, legible and unclipped, light and dark, desktop and phone), the colour scheme (the
system's, or the one chosen with the header's button), instant navigation, the footer, the table
of contents, the edit and view links, the 404, that every page fits a 390 px phone with its
outputs' lines wrapped, that every block holds or scrolls its content inside the column at 1280
and 390 px, that names in tables stay whole, and that copy buttons are seen at rest (measured in
screenshots) and cover no code.

`make test` installs the browser (Makefile target `browser`) and Playwright (requirements.txt).
Set BROWSER_SCREENSHOTS=<dir> to keep light and dark screenshots of the nn.Linear chapter.
"""

import functools
import http.server
import itertools
import json
import os
import re
import shutil
import sys
import threading
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from inside_pytorch.layout import ROOT, chapters, mkdocs_config, site_markdown

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# The chapter a search must find, by a word only it uses (checked against the search index);
# the chapter's notebook (notebooks/<chapter>/, its code as cells) counts as the chapter.
SEARCH_PAGE, SEARCH_TERM = "pdb/conversion/", "GGUFWriter"
COPY_PAGE = "linear/"  # a chapter page with code, and its notebook


# A system in light or dark mode, and the Material scheme the page then takes (overrides/main.html).
SCHEMES = {"light": "default", "dark": "slate"}


def follow_system(page, system):
    """Put the system in `system` mode and wait until the page has taken its scheme (5 s at
    most: a media change reaches the page as an event, not at once); its background then."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page.emulate_media(color_scheme=system)
    try:
        page.wait_for_function("s => document.body.dataset.mdColorScheme === s",
                               arg=SCHEMES[system], timeout=5000)
    except PlaywrightTimeout:
        pytest.fail(f"a {system} system left {page.url} in the "
                    f"{page.evaluate('document.body.dataset.mdColorScheme')!r} scheme, "
                    f"not {SCHEMES[system]!r}", pytrace=False)
    return page.evaluate("getComputedStyle(document.body).backgroundColor")


# Material's copy button (9.7+ puts it in a code nav; older releases used .md-clipboard).
COPY_BUTTON = "button.md-code__button[data-md-type=copy], button.md-clipboard"
# Whether a <pre> can be copied: Material's button, or in a notebook page (mkdocs-jupyter) the
# code cell's own <clipboard-copy> element, defined by the page. A notebook's outputs are what
# running the cell prints, not code to copy, so they need none.
COPYABLE = """(pres, button) => pres.map(pre =>
    !!pre.querySelector(button)
    || !!pre.closest(".jp-OutputArea")
    || (!!customElements.get("clipboard-copy")
        && !!pre.closest(".jp-Cell-inputWrapper, .jp-InputArea")?.querySelector("clipboard-copy")))"""
# Where a copy button's text comes from: Material's button copies the element its
# data-clipboard-target selector names. Each must be a valid selector naming exactly one element,
# the code of the button's own block (a notebook page once named `#__code_cell-id=cell-2 > code`,
# which threw, and gave a cell's code and its outputs one id).
COPY_TARGETS = """buttons => buttons.map(button => {
    const selector = button.dataset.clipboardTarget;
    if (!selector) return null;
    let found;
    try { found = document.querySelectorAll(selector); }
    catch (e) { return `${selector}: ${e.message}`; }
    if (found.length !== 1) return `${selector}: names ${found.length} elements`;
    return found[0].closest("pre") === button.closest("pre") ? null
        : `${selector}: names another block's code`;
}).filter(Boolean)"""


def chromium_executable():
    """Debian's Chromium (what `make browser` installs), or a Chrome already on the machine
    (GitHub's runners ship one); CHROME_PATH overrides both."""
    candidates = [os.environ.get("CHROME_PATH"), "/usr/bin/chromium",
                  shutil.which("chromium"), shutil.which("google-chrome"),
                  shutil.which("google-chrome-stable")]
    return next((c for c in candidates if c and os.access(c, os.X_OK)), None)


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the built site under `prefix`, as a static host does, and 404.html for misses.

    sitemap.xml names pages by site_url; Material's instant navigation only takes over links it
    finds there, matched by scheme, host and port (not path), so this server, like the real
    host, hands out a sitemap whose URLs are its own."""

    prefix, hosted_origin = "/", ""

    def do_GET(self):
        if urlsplit(self.path).path == self.prefix + "sitemap.xml" and self.hosted_origin:
            sitemap = Path(self.directory) / "sitemap.xml"
            own = f"http://127.0.0.1:{self.server.server_port}"
            body = sitemap.read_text(encoding="utf-8").replace(self.hosted_origin, own).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()

    def translate_path(self, path):
        path = unquote(urlsplit(path).path)
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "\0missing")
        return super().translate_path("/" + path[len(self.prefix):])

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.exists():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site_url(built_site):
    """The built site on 127.0.0.1 at a free port, under site_url's path."""
    hosted = urlsplit(mkdocs_config()["site_url"])
    prefix = hosted.path or "/"
    handler = functools.partial(
        type("Handler", (SiteHandler,), {"prefix": prefix, "hosted_origin": f"{hosted.scheme}://{hosted.netloc}"}),
        directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}{prefix}"
    server.shutdown()
    server.server_close()


class Watch:
    """Everything a browser context did that a reader of an offline site must never see."""

    def __init__(self, origin):
        self.origin, self.problems, self.expected_404 = origin, [], set()

    def attach(self, context):
        context.route("**/*", self.route)
        context.on("page", self.page)
        context.on("requestfailed", self.failed)
        context.on("response", self.response)

    def route(self, route):
        url = route.request.url
        if url.startswith(self.origin + "/") or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            self.problems.append(f"request outside the site: {url}")
            route.abort()

    def failed(self, request):
        # ERR_ABORTED: the tab navigated away while this was in flight (a favicon, say); what
        # fails on its own shows as another net:: error or as an HTTP status, below.
        if request.failure != "net::ERR_ABORTED":
            self.problems.append(f"request failed: {request.url} ({request.failure})")

    def response(self, response):
        if response.status >= 400 and response.url not in self.expected_404:
            self.problems.append(f"HTTP {response.status}: {response.url}")

    def page(self, page):
        page.on("console", lambda m: m.type == "error" and m.location.get("url") not in self.expected_404
                and self.problems.append(f"console error on {page.url}: {m.text}"))
        page.on("pageerror", lambda e: self.problems.append(f"script error on {page.url}: {e}"))

    def check(self, where):
        problems, self.problems = self.problems, []
        assert not problems, f"{where}:\n" + "\n".join(problems)


@pytest.fixture(scope="module")
def browser():
    executable = chromium_executable()
    if executable is None:
        pytest.skip("no Chromium on this machine and none could be installed "
                    "(`make browser` installs Debian's chromium as root with apt-get)")
    from playwright.sync_api import sync_playwright  # requirements.txt: a missing one is an error

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def session(browser, site_url):
    """One context (fresh profile: no stored palette or search state) and one tab, watched."""
    page, watch = watched_tab(browser, site_url)
    yield page, watch
    page.context.close()


def watched_tab(browser, site_url, viewport={"width": 1280, "height": 900}):
    """A tab at 1280 px (or `viewport`) in the light scheme, in a new context (fresh profile),
    and the Watch that records what the context does that an offline reader must never see."""
    watch = Watch(site_url[:site_url.index("/", len("http://"))])
    context = browser.new_context(viewport=viewport, color_scheme="light")
    watch.attach(context)
    page = context.new_page()
    page.set_default_timeout(10_000)
    return page, watch


# A promise of two frames drawn (the page has laid out and painted a change), which fails after
# 10 s without one: page.evaluate has no timeout, and a renderer that draws no frame (one was
# seen stalled for half an hour under load) would hang the test instead of failing it.
STALLED = "no frame drawn in 10 s"
TWO_FRAMES = """() => new Promise((r, fail) => {
  const t = setTimeout(() => fail(new Error(
    `""" + STALLED + """ (the tab is ${document.visibilityState})`)), 10000);
  requestAnimationFrame(() => requestAnimationFrame(() => { clearTimeout(t); r(); }));
})"""

# Material mounts a code block's copy button when the block first comes into view
# (content.lazy): scroll to every block as a reader would, a block in a closed tab after
# picking its tab, and let each mount. A block that was already in view when the page last
# settled after a scroll (two frames) is not scrolled to again: a screenful of small blocks
# (a notebook's cells and outputs) takes one scroll, not one each. (A block this missed would
# have no button: the check that follows fails, it never passes.) A block in a closed box (a
# collapsed script, a <details> of a notebook page's setup cells) is shown first, as a reader
# opens the box.
SHOW_EVERY_BLOCK = """async () => {
  const frames = """ + TWO_FRAMES + """;
  document.querySelectorAll("article details:not([open])").forEach(d => { d.open = true; });
  const pres = [...document.querySelectorAll("article pre")], seen = new Set();
  const look = () => pres.forEach(pre => {
    const box = pre.getBoundingClientRect();
    if (box.bottom > 0 && box.top < innerHeight && pre.checkVisibility()) seen.add(pre);
  });
  for (const pre of pres) {
    const block = pre.closest(".tabbed-block");
    if (block && !block.checkVisibility()) {
      const i = [...block.parentElement.children].indexOf(block);
      block.closest(".tabbed-set").querySelectorAll(":scope > input")[i].click();
    }
    pre.closest("details:not([open])")?.querySelector(":scope > summary").click();
    if (seen.has(pre)) continue;
    pre.scrollIntoView({ block: "start" });
    await frames();
    look();
  }
}"""


def page_urls(built_site, site_url):
    """Every page of the built site (directory URLs), the 404 page aside."""
    folders = (p.parent.relative_to(built_site).as_posix() for p in sorted(built_site.rglob("index.html")))
    return [site_url + ("" if f == "." else f + "/") for f in folders
            if f.split("/")[0] not in ("assets", "search")]


def render_problems(page, url, site_url):
    """What is wrong with the page `page` shows (1280 px, light): a code block without its copy
    button or with one that copies another block, missing furniture."""
    problems = []
    page.evaluate(SHOW_EVERY_BLOCK)
    blocks = page.eval_on_selector_all("article pre", COPYABLE, COPY_BUTTON)
    if not all(blocks):
        problems.append(f"{url}: {blocks.count(False)} of {len(blocks)} code blocks have no copy button")
    wrong = page.eval_on_selector_all("article " + COPY_BUTTON, COPY_TARGETS)
    if wrong:
        problems.append(f"{url}: copy buttons that copy nothing or another block:\n" + "\n".join(wrong))
    if page.locator("a.md-content__button[rel=edit]").count() != 1:
        problems.append(f"{url}: no edit link")
    if page.locator("a.md-content__button[title*='source' i]").count() != 1:
        problems.append(f"{url}: no view link")
    if page.locator("[data-md-component=source]").count():
        problems.append(f"{url}: repository widget")
    if not page.locator("article .admonition", has_text="Checked against torch").is_visible():
        problems.append(f"{url}: no visible torch version stamp")
    # A notebook page is its chapter's companion, outside the previous/next chain.
    footer = page.locator("footer .md-footer__link").count()
    if url.startswith(site_url + "notebooks/") and footer:
        problems.append(f"{url}: previous/next links")
    elif not url.startswith(site_url + "notebooks/") and not footer:
        problems.append(f"{url}: no previous/next footer")
    headings = page.locator("article h2[id]").count()
    if headings and page.locator("nav.md-nav--secondary a.md-nav__link").count() < headings:
        problems.append(f"{url}: the table of contents misses headings")
    return problems


def layout_pass(page, url, found):
    """What is out of place on the page as it is now, every tab shown: at 1280 px outputs whose
    lines run out of their frame (into found["render"]); at the phone's width (the page narrowed
    to it) those and what scrolls sideways but a code block or a table's wrapper (found["fit"]);
    at both, FRAME_PROBE (into found's lists of the same names). One pass of style and layout."""
    every_tab = page.add_style_tag(content=SHOW_EVERY_TAB)
    width = page.evaluate("innerWidth")
    clipped = page.evaluate(CLIPPED_OUTPUTS)
    if width > PHONE["width"]:
        if clipped:
            found["render"].append(f"{url}: output lines run out of their frame:\n" + "\n".join(clipped))
    else:
        found["fit"] += [f"{url}: {p}" for p in page.evaluate(SIDEWAYS)]
        found["fit"] += [f"{url}: output line runs out of its frame: {p}" for p in clipped]
    for kind, problems in page.evaluate(FRAME_PROBE, COPY_BUTTON).items():
        found[kind] += [f"{url} ({width} px): {p}" for p in problems]
    every_tab.evaluate("style => style.remove()")


@pytest.fixture(scope="module")
def visits(browser, built_site, site_url):
    """Every page, visited once, for the tests that look at every page: loaded at 1280 px in
    the light scheme, watched (console errors, failed or outside requests), every code block
    scrolled into view as a reader would (test_every_page_renders_cleanly); its blocks in their
    frames, its tables' names whole and its copy buttons clear of the code (FRAME_PROBE); its
    figures seen light and dark; then the same page narrowed to a 390 px phone, where it must
    fit (test_pages_fit_a_phone), FRAME_PROBE again, and its figures seen light and dark again
    (test_figures_show_every_label). {"render"|"fit"|"frames"|"tables"|"copy"|"figures":
    [problem]} and the figures seen."""
    sources = figure_sources()
    page, watch = watched_tab(browser, site_url)
    # Each page asks for the search index once it is drawn, and its worker indexes it all: 45
    # times here, half a minute of the run's two cores. These visits are about what a page
    # draws; they get an index with the site's settings and no documents (the search tests use
    # the real one).
    config = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]
    page.route("**/search/search_index.json",
               lambda route: route.fulfill(json={"config": config, "docs": []}))
    found = {"render": [], "fit": [], "frames": [], "tables": [], "copy": [], "figures": [], "seen": set(),
             "urls": page_urls(built_site, site_url)}
    for url in found["urls"]:
        page.set_viewport_size({"width": 1280, "height": 900})
        response = page.goto(url, wait_until="load")
        if response.status != 200:
            found["render"].append(f"{url}: HTTP {response.status}")
        found["render"] += render_problems(page, url, site_url)
        layout_pass(page, url, found)
        # What the page loads, at load and as its blocks come into view, is done by now: no
        # request for 500 ms (the scrolling above took longer, so this rarely waits).
        page.wait_for_load_state("networkidle")
        found["render"] += [f"{url}: {p}" for p in watch.problems]
        watch.problems = []
        # Only pages whose HTML has SVG text at all: a page without any has no figure (and a
        # figure broken by Markdown still has its <text> tags).
        figured = "<text" in (built_site / url[len(site_url):] / "index.html").read_text(encoding="utf-8")
        if figured:
            found["figures"] += figure_pass(page, f"{url} (1280 px", sources, found["seen"])
            follow_system(page, "light")
        page.set_viewport_size(PHONE)
        layout_pass(page, url, found)
        if figured:
            found["figures"] += figure_pass(page, f"{url} (390 px", sources, found["seen"])
            follow_system(page, "light")
        found["render"] += [f"{url}: {p}" for p in watch.problems]
        watch.problems = []
    page.context.close()
    return found


def test_every_page_renders_cleanly(visits):
    """No console error, failed or outside request; every code block has its copy button, and
    it names its own block's code; the reader's furniture is there: table of contents, footer,
    edit/view links, the torch stamp."""
    assert len(visits["urls"]) >= 2, visits["urls"]
    assert not visits["render"], "\n".join(visits["render"])


# -- Pages fit the screen -----------------------------------------------------------------------
# A recorded output (its Output/Session block; a notebook cell's output) wraps its long lines
# (reader.css): the end of a line, often the error the snippet exists to show, is never out of
# sight. Each output whose lines still run past its frame, by the start of its longest line:
# an output whose lines run out of its frame, other than printed source and the lines that keep
# their columns (a table's rows, a traceback's carets and the line they point into), which
# scroll (inside_pytorch/markup.py): those it leaves out of the frame's width.
# A block's code whose text, but for the lines that keep their columns, runs past its frame
# (a JavaScript function of the code element; `then` runs first, as a block is scrolled to).
RUNS_PAST = """(code, then) => {
      if (then) then(code);
      if (!code.clientWidth || code.scrollWidth <= code.clientWidth + 1) return false;
      const right = code.getBoundingClientRect().left + code.clientWidth + 1;
      const range = document.createRange();
      const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
      for (let node; (node = walker.nextNode());) {
        if (node.parentElement.closest(".cols")) continue;
        range.selectNodeContents(node);
        if ([...range.getClientRects()].some(r => r.width && r.right > right)) return true;
      }
      return false;
    }"""
LONGEST_LINE = """code => code.textContent.split("\\n").reduce((a, b) => b.length > a.length ? b : a, "").slice(0, 60)"""
CLIPPED_OUTPUTS = f"""() => [...document.querySelectorAll(
        "article .highlight.output:not(.source) pre > code, " +
        "article .jp-OutputArea .highlight:not(.source) pre > code")]
    .filter(code => ({RUNS_PAST})(code)).map({LONGEST_LINE})"""
# What scrolls sideways: the page, or anything in it (a figure, the tabs) except a code block,
# which keeps a script's lines as written and scrolls them, and a table's wrapper (Material's
# .md-typeset__scrollwrap), where a table too wide for the screen scrolls with its names whole;
# and what reaches past the screen's right edge where nothing scrolls (cut off by a frame that
# hides it).
SIDEWAYS = """() => {
  const found = [], width = document.documentElement.clientWidth;
  const what = e => e.tagName.toLowerCase() + [...e.classList].map(c => "." + c).join("") + ": "
                    + e.textContent.trim().replace(/\\s+/g, " ").slice(0, 50);
  const scrolls = e => /auto|scroll/.test(getComputedStyle(e).overflowX);
  const root = document.scrollingElement;
  if (root.scrollWidth > root.clientWidth) found.push(`the page is ${root.scrollWidth} px wide`);
  for (const e of document.querySelectorAll("body *")) {
    if (e.closest("pre") || e.matches(".md-typeset__scrollwrap:has(> .md-typeset__table)")
        || !e.clientWidth || e.scrollWidth <= e.clientWidth + 1) continue;
    if (scrolls(e)) found.push(`${what(e)} scrolls sideways (${e.scrollWidth} px in ${e.clientWidth})`);
  }
  for (const e of document.querySelectorAll("article *")) {
    if (e.closest("pre") || !e.getClientRects().length) continue;
    const right = e.getBoundingClientRect().right;
    if (right <= width + 1) continue;
    let frame = e.parentElement;
    while (frame !== document.body && !scrolls(frame)) frame = frame.parentElement;
    if (frame === document.body) found.push(`${what(e)} reaches ${Math.round(right)} px, past the screen`);
  }
  return found;
}"""
# Every tab of every tab set shown at once, so that what the checks measure includes the outputs
# of the tabs a reader has not picked.
SHOW_EVERY_TAB = ".md-typeset .tabbed-content > .tabbed-block { display: block !important; }"
PHONE = {"width": 390, "height": 844}
# Every block (code, output, table) in its frame, every name in a table whole, every copy button
# clear of the code; at the width the page has now, every tab shown. {"frames"|"tables"|"copy":
# [problem]}:
# - frames: a block's frame (a code block's <code>, which Material scrolls; a table's scrolling
#   wrapper) holds its content (scrollWidth <= clientWidth) or scrolls sideways; nothing around it
#   cuts it off (overflow hidden or clip, paint containment: a notebook cell's content-visibility);
#   and nothing on the page reaches past the content column (.md-content's right edge) where
#   nothing scrolls.
# - tables: code in a table cell is on one line (one client rect): a name is never cut in two.
# - copy: no letter of a block's code or title lies under its copy button as the page is at rest
#   (each character's box from a Range; spaces are not letters; the scan of a block stops at the
#   first line below the button), and the button lies inside its block (its title's bar included;
#   a notebook code cell's prompt row), not over what is around it.
FRAME_PROBE = """button => {
  const found = {frames: [], tables: [], copy: []};
  const what = e => e.tagName.toLowerCase() + [...e.classList].map(c => "." + c).join("") + ": "
                    + e.textContent.trim().replace(/\\s+/g, " ").slice(0, 50);
  const style = e => getComputedStyle(e);
  const scrolls = e => /auto|scroll/.test(style(e).overflowX);
  const clips = e => { const s = style(e);
    return /hidden|clip/.test(s.overflowX) || /paint|strict|content/.test(s.contain)
           || s.contentVisibility === "auto"; };
  const column = (document.querySelector(".md-content") || document.documentElement).getBoundingClientRect();
  const edge = Math.min(column.right, document.documentElement.clientWidth) + 1;
  for (const block of document.querySelectorAll("article pre, article table")) {
    if (!block.getClientRects().length) continue;
    const frame = block.matches("pre") ? block.querySelector(":scope > code") || block
                : block.closest(".md-typeset__scrollwrap") || block.parentElement;
    const box = frame.getBoundingClientRect();
    if (frame.scrollWidth > frame.clientWidth + 1 && !scrolls(frame))
      found.frames.push(`${what(block)}: ${frame.scrollWidth} px of content in a frame of ` +
                        `${frame.clientWidth} px that does not scroll`);
    if (box.right > edge)
      found.frames.push(`${what(block)}: its frame reaches ${Math.round(box.right)} px, past the ` +
                        `column's ${Math.round(edge - 1)} px`);
    for (let e = frame.parentElement; e && e !== document.documentElement; e = e.parentElement) {
      if (!clips(e)) continue;
      const r = e.getBoundingClientRect();
      if (box.left < r.left - 1 || box.right > r.right + 1) {
        found.frames.push(`${what(block)}: cut off by ${e.tagName.toLowerCase()}.${[...e.classList].join(".")}`);
        break;
      }
    }
  }
  for (const e of document.querySelectorAll("article *")) {
    if (e.closest("pre") || !e.getClientRects().length || e.getBoundingClientRect().right <= edge) continue;
    let frame = e.parentElement;
    while (frame && frame.tagName !== "ARTICLE" && !scrolls(frame)) frame = frame.parentElement;
    if (!frame || frame.tagName === "ARTICLE")
      found.frames.push(`${what(e)} reaches ${Math.round(e.getBoundingClientRect().right)} px, ` +
                        `past the column's ${Math.round(edge - 1)} px`);
  }
  for (const code of document.querySelectorAll("article table code")) {
    if (code.getClientRects().length > 1)
      found.tables.push(`${JSON.stringify(code.textContent)} in a table is broken across ` +
                        `${code.getClientRects().length} lines`);
  }
  const range = document.createRange();
  const over = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5
                         && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
  for (const copy of document.querySelectorAll("article " + button)) {
    const b = copy.getBoundingClientRect(), pre = copy.closest("pre");
    if (!b.width || !pre) continue;
    const title = pre.parentElement.querySelector(":scope > .filename");
    const block = pre.closest(".jp-CodeCell .jp-InputArea")
                  || (pre.parentElement.matches(".highlight") ? pre.parentElement : pre);
    const frame = block.getBoundingClientRect();
    if (b.left < frame.left - 0.5 || b.right > frame.right + 0.5 || b.top < frame.top - 0.5
        || b.bottom > frame.bottom + 0.5)
      found.copy.push(`the block ${JSON.stringify((title || pre).textContent.trim().split("\\n")[0].slice(0, 60))}: ` +
                      `its copy button is outside it (over what is around it)`);
    for (const root of [title, pre.querySelector(":scope > code")].filter(Boolean)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT), under = [];
      scan: for (let node; (node = walker.nextNode());) {
        for (let i = 0; i < node.data.length; i++) {
          if (/\\s/.test(node.data[i])) continue;
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const r = range.getBoundingClientRect();
          if (r.top >= b.bottom) break scan;
          if (over(r, b)) under.push(node.data[i]);
        }
      }
      if (under.length)
        found.copy.push(`the block ${JSON.stringify((title || root).textContent.trim().split("\\n")[0].slice(0, 60))}: ` +
                        `its copy button covers ${JSON.stringify(under.join(""))} of its ` +
                        (root === title ? "title" : "code"));
    }
  }
  return found;
}"""


def test_pages_fit_a_phone(visits):
    """At 390 px nothing but a code block or a table's wrapper scrolls sideways, and outputs
    still wrap (but for printed source and the lines that keep their columns, which scroll)."""
    assert not visits["fit"], "at 390 px:\n" + "\n".join(visits["fit"])


def test_no_block_runs_past_its_frame(visits):
    """At 1280 and 390 px, on every page, every code block, output and table holds its content
    or scrolls it inside its frame, uncut, and nothing reaches past the content column."""
    assert not visits["frames"], "\n".join(visits["frames"])


def test_names_in_tables_stay_whole(visits):
    """At 1280 and 390 px no code in a table cell is broken across lines: a table too wide for
    the screen scrolls inside its wrapper instead (test_pages_fit_a_phone: only that wrapper)."""
    assert not visits["tables"], "\n".join(visits["tables"])


def test_copy_buttons_leave_the_code_clear(visits):
    """At 1280 and 390 px, at rest, no letter of a block's code or title is under its copy
    button."""
    assert not visits["copy"], "\n".join(visits["copy"])


def test_the_fit_checks_can_fail(browser):
    """Each check finds what it looks for, and lets a code block, an output that is source code
    and a table (in its wrapper) scroll."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    wide = "<div style='width: 600px'>a table or a figure wider than the phone</div>"
    cases = {
        "a frame that scrolls": (f"<div style='overflow-x: auto'>{wide}</div>", SIDEWAYS, "scrolls sideways"),
        "a page that scrolls": (wide, SIDEWAYS, "the page is"),
        "a table cut off": (f"<article><div style='overflow: hidden'>{wide}</div></article>", SIDEWAYS,
                            "past the screen"),
        "a code block": (f"<pre><code style='display: block; overflow: auto'>{'x' * 200}</code></pre>",
                         SIDEWAYS, None),
        "an output that does not wrap": (
            "<article><div class='highlight output'><pre><code style='display: block; overflow: auto'>"
            f"{'x' * 200} the end</code></pre></div></article>", CLIPPED_OUTPUTS, "xxx"),
        "printed source, which scrolls": (
            "<article><div class='highlight output source'><pre><code style='display: block; "
            f"overflow: auto; white-space: pre'>{'x' * 200}</code></pre></div></article>",
            CLIPPED_OUTPUTS, None),
        "a table's rows, which scroll": (
            "<article><div class='highlight output'><pre><code style='display: block; overflow: "
            f"auto'><span class='cols' style='white-space: pre'>{'x  ' * 80}</span>\na message"
            "</code></pre></div></article>", CLIPPED_OUTPUTS, None),
    }
    long = "x" * 200
    frames = lambda key: lambda page: page.evaluate(FRAME_PROBE, COPY_BUTTON)[key]
    cases |= {
        "a code block that does not scroll": (
            f"<article><pre><code style='display: block; overflow: visible'>{long}</code></pre></article>",
            frames("frames"), "that does not scroll"),
        "a code block cut off by its frame": (
            "<article><div style='overflow: hidden; width: 300px'><pre><code style='display: block; "
            f"overflow: auto; width: 600px'>{long}</code></pre></div></article>", frames("frames"), "cut off by"),
        "a code block that scrolls in its frame": (
            f"<article><pre><code style='display: block; overflow: auto'>{long}</code></pre></article>",
            frames("frames"), None),
        "an output that is source code, and scrolls": (
            "<article><div class='highlight output source'><pre><code style='display: block; overflow: auto'>"
            f"{long}</code></pre></div></article>", CLIPPED_OUTPUTS, None),
        "a table that scrolls in its wrapper": (
            "<article><div class='md-typeset__scrollwrap' style='overflow-x: auto'><div class='md-typeset__table'>"
            f"<table><tr><td><code style='white-space: nowrap'>{long}</code></td></tr></table></div></div></article>",
            lambda page: page.evaluate(FRAME_PROBE, COPY_BUTTON)["frames"] + page.evaluate(SIDEWAYS), None),
        "a table wider than the column": (
            f"<article><table><tr><td><code style='white-space: nowrap'>{long}</code></td></tr></table></article>",
            frames("frames"), "past the column"),
        "a name broken in a table": (
            "<article><table style='width: 100px'><tr><td><code style='word-break: break-all'>"
            "_parameters_parameters</code></td></tr></table></article>", frames("tables"), "broken across 2 lines"),
        "a copy button over the code": (
            "<article><div class='highlight'><pre style='position: relative'><nav style='position: absolute; "
            "top: 0; right: 0'><button class='md-code__button' data-md-type='copy' style='display: block; "
            f"width: 30px; height: 30px'></button></nav><code style='display: block'>{long}</code></pre></div>"
            "</article>", frames("copy"), 'covers "xxx'),
        "a copy button over the text above its block": (
            "<article><p>the text above</p><div class='highlight'><pre style='position: relative'><nav "
            "style='position: absolute; bottom: 100%; right: 0'><button class='md-code__button' "
            "data-md-type='copy' style='display: block; width: 30px; height: 30px'></button></nav>"
            "<code style='display: block'>x</code></pre></div></article>", frames("copy"), "outside it"),
    }
    for case, (html_text, probe, expected) in cases.items():
        page.set_content(f"<body style='margin: 0'>{html_text}</body>")
        found = probe(page) if callable(probe) else page.evaluate(probe)
        if expected is None:
            assert found == [], f"{case}: {found}"
        else:
            assert any(expected in f for f in found), f"{case}: not caught: {found}"
    context.close()


# What the browser test copies: the first code block of a chapter, and on that chapter's notebook
# page the first code cell and the first output (its copy button copies the printed text).
COPIED_BLOCKS = [(COPY_PAGE, "article pre"),
                 ("notebooks/" + COPY_PAGE, "article .jp-CodeCell .jp-InputArea pre"),
                 ("notebooks/" + COPY_PAGE, "article .jp-OutputArea pre")]


@pytest.mark.parametrize("path,selector", COPIED_BLOCKS, ids=lambda v: v)
def test_code_blocks_copy_to_the_clipboard(site_url, session, path, selector):
    page, watch = session
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(site_url + path)
    page.evaluate("navigator.clipboard.writeText('(nothing copied)')")
    block = page.locator(selector).first
    block.hover()
    block.locator(COPY_BUTTON).click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.strip() and copied.strip() == block.locator("code").inner_text().strip(), \
        f"{path}: the copy button of {selector!r} copied {copied[:200]!r}"
    watch.check("copy button")



# A numbered script (src/inside_pytorch/linenums.py): a section of it, numbered from its line in
# the file, and a whole script; copied with the button and by selecting the block, as a reader
# copies, they must give the file's lines without a number.
NUMBERED_BLOCKS = [("pdb/conversion/", "snippets/pdb/convert_fixed.py", "convert"),
                   ("pdb/starting/", "snippets/pdb/breakpoints.py", None)]
# The text a selection of the whole block's code gives (what Ctrl+C copies).
SELECTED = """code => { const range = document.createRange(); range.selectNodeContents(code);
    const selection = getSelection(); selection.removeAllRanges(); selection.addRange(range);
    const text = selection.toString(); selection.removeAllRanges(); return text; }"""


def numbered_copy_problems(page, block, where, expected):
    """What is wrong with copying a numbered block (the locator of its <pre>), by its button and
    by selecting it, against the lines it shows (`expected`)."""
    shown = block.locator(".linenos").count()
    problems = [f"{where}: {shown} numbered lines, not {len(expected)}"] \
        if shown != len(expected) else []
    block.scroll_into_view_if_needed()
    block.hover()
    page.evaluate("navigator.clipboard.writeText('(nothing copied)')")
    block.locator(COPY_BUTTON).click()
    copied = {"the copy button": page.evaluate("navigator.clipboard.readText()"),
              "a selection": block.locator("code").evaluate(SELECTED)}
    for how, text in copied.items():
        if text.rstrip("\n").split("\n") != expected:
            problems.append(f"{where}: {how} copied {text[:120]!r}, not the file's lines "
                            f"{chr(10).join(expected)[:120]!r}")
    return problems


@pytest.mark.parametrize("path,script,section", NUMBERED_BLOCKS, ids=lambda v: str(v))
def test_numbered_code_copies_without_its_numbers(site_url, session, path, script, section):
    from inside_pytorch.linenums import shown_lines

    page, watch = session
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(site_url + path)
    block = page.locator("article .highlight").filter(
        has=page.locator(".filename", has_text=script)).locator("pre").first
    first, last = shown_lines(script, section)
    lines = (ROOT / script).read_text(encoding="utf-8").split("\n")[first - 1:last]
    number = block.locator(".linenos").first
    assert number.count(), f"{path}: the block of {script} shows no line numbers"
    assert (number.get_attribute("data-linenos") or number.inner_text()).strip() == str(first)
    problems = numbered_copy_problems(page, block, f"{path} {script}", lines)
    assert not problems, "\n".join(problems)
    watch.check("copy button")


def test_the_numbered_copy_check_can_fail(browser):
    """Numbers written into the code's text (pymdownx.highlight's `inline` style, which Material
    advises against) are copied with it: the check says so."""
    import markdown

    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    code = markdown.Markdown(extensions=["pymdownx.highlight", "pymdownx.superfences"],
                             extension_configs={"pymdownx.highlight": {"linenums_style": "inline"}}
                             ).convert('```python linenums="7"\nx = 1\ny = 2\n```')
    # Material's button stand-in: copies the code's text as a reader's selection has it.
    button = ("<button class='md-clipboard' onclick=\"navigator.clipboard.writeText("
              "this.parentElement.querySelector('code').innerText)\">copy</button>")
    scratch = "<article>" + code.replace("<pre>", f"<pre>{button}", 1) + "</article>"
    # On a local address: the clipboard is only there for a secure context.
    page.route("http://127.0.0.1/scratch", lambda route: route.fulfill(content_type="text/html",
                                                                       body=scratch))
    page.goto("http://127.0.0.1/scratch")
    problems = numbered_copy_problems(page, page.locator("article pre"), "inline numbers",
                                      ["x = 1", "y = 2"])
    assert any("the copy button copied '7" in p for p in problems), problems
    assert any("a selection copied '7" in p for p in problems), problems
    context.close()


# -- Copy buttons seen at rest -----------------------------------------------------------------
# A copy button must be seen without hovering (a phone has no hover): its icon at 3:1 or more on
# what is around it (WCAG 1.4.11, non-text contrast), in both schemes, on a phone (390 px, touch,
# device scale 2) and a desktop. Measured from pixels: the button shot as drawn and with its icon
# transparent, and of each pixel of the icon the contrast between the two; the icon's contrast
# is the highest. Every transition is finished before each shot (Material fades the button's
# colour in 0.25 s: a shot within it, after a scheme change, measured a paler icon). The blocks,
# one of each place reader.css gives the button: a code block and an output with a title (in the
# title's bar), a notebook's code cell (its prompt's row), a notebook cell's output (a wrapping
# output without a title: its corner) and a block in a notebook's text (any other block: the
# corner, its first line below). A build without executed notebooks has no cell outputs.
MIN_ICON_CONTRAST = 3.0
COPY_CONTRAST_BLOCKS = [("module/setattr/", "article .highlight:not(.output) > .filename + pre"),
                        ("module/setattr/", "article .highlight.output > .filename + pre"),
                        ("notebooks/linear/", "article .jp-CodeCell .jp-InputArea pre"),
                        ("notebooks/linear/", "article .jp-OutputArea pre"),
                        ("notebooks/linear/", "article .jp-MarkdownCell pre")]
DEVICES = {"desktop": dict(viewport={"width": 1280, "height": 800}),
           "phone": dict(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)}
# The highest contrast, pixel by pixel, between two PNG shots of the same box, and its colours.
ICON_CONTRAST = """async ([drawn, bare]) => {
    const load = b64 => new Promise(r => { const i = new Image(); i.onload = () => r(i);
                                            i.src = "data:image/png;base64," + b64; });
    const pixels = img => { const c = document.createElement("canvas");
        c.width = img.width; c.height = img.height; const x = c.getContext("2d");
        x.drawImage(img, 0, 0); return x.getImageData(0, 0, img.width, img.height).data; };
    const [pa, pb] = (await Promise.all([load(drawn), load(bare)])).map(pixels);
    const lum = (p, i) => [0, 1, 2].map(k => p[i + k] / 255)
        .map(v => v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
        .reduce((sum, v, k) => sum + v * [0.2126, 0.7152, 0.0722][k], 0);
    let best = {ratio: 1, icon: null, ground: null};
    for (let i = 0; i < pa.length; i += 4) {
        const [a, b] = [lum(pa, i), lum(pb, i)];
        const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        if (ratio > best.ratio) best = {ratio, icon: [...pa.slice(i, i + 3)], ground: [...pb.slice(i, i + 3)]};
    }
    return best;
}"""
FINISH_TRANSITIONS = "document.getAnimations().forEach(a => a.finish())"


def icon_contrast(page, pre):
    """The contrast of the copy button of `pre` (a locator) as the page shows it at rest, from
    two screenshots (ICON_CONTRAST)."""
    import base64

    pre.scroll_into_view_if_needed()   # Material mounts the button as its block comes into view
    button = pre.locator(COPY_BUTTON)
    button.wait_for()
    button.evaluate("b => b.scrollIntoView({block: 'center'})")  # clear of the sticky header
    page.mouse.move(0, 0)
    page.evaluate(FINISH_TRANSITIONS)
    box = button.bounding_box()
    drawn = page.screenshot(clip=box)
    button.evaluate("b => b.style.setProperty('color', 'transparent', 'important')")
    page.evaluate(FINISH_TRANSITIONS)
    bare = page.screenshot(clip=box)
    button.evaluate("b => b.style.removeProperty('color')")
    return page.evaluate(ICON_CONTRAST, [base64.b64encode(drawn).decode(), base64.b64encode(bare).decode()])


def copy_contrasts(browser, site_url, blocks, reader_css=None):
    """[(where, contrast)] of the first block each selector finds, per device and scheme; with
    `reader_css` served in place of the site's reader.css."""
    measured = []
    for device, options in DEVICES.items():
        context = browser.new_context(**options)
        page = context.new_page()
        page.set_default_timeout(10_000)
        if reader_css is not None:
            page.route("**/assets/reader.css", lambda route: route.fulfill(body=reader_css, content_type="text/css"))
        for path in dict.fromkeys(path for path, _ in blocks):
            page.goto(site_url + path)
            for scheme in SCHEMES:
                follow_system(page, scheme)
                for selector in (selector for at, selector in blocks if at == path):
                    pre = page.locator(selector).first
                    if pre.count():
                        measured.append((f"{path} {selector!r} ({device}, {scheme})", icon_contrast(page, pre)))
        context.close()
    return measured


def test_copy_buttons_are_seen_at_rest(browser, site_url):
    """Each of COPY_CONTRAST_BLOCKS' buttons, at rest, light and dark, phone and desktop: its
    icon at MIN_ICON_CONTRAST or more, measured from pixels."""
    measured = copy_contrasts(browser, site_url, COPY_CONTRAST_BLOCKS)
    kinds = {where.split(" (")[0] for where, _ in measured}
    assert len(kinds) >= 4, f"only {sorted(kinds)} of COPY_CONTRAST_BLOCKS are on the site"
    low = [f"{where}: {c['ratio']:.2f}:1 (icon {c['icon']} on {c['ground']})"
           for where, c in measured if c["ratio"] < MIN_ICON_CONTRAST]
    assert not low, f"copy buttons under {MIN_ICON_CONTRAST}:1 at rest:\n" + "\n".join(low)


def reader_css_without(heading):
    """docs/assets/reader.css without the section whose comment starts with `heading` (a section
    runs to the next blank line)."""
    css = (FIGURES / "reader.css").read_text(encoding="utf-8")
    sections = css.split("\n\n")
    kept = [s for s in sections if not s.startswith("/* " + heading)]
    assert len(kept) == len(sections) - 1, f"reader.css has no section starting {heading!r}"
    return "\n\n".join(kept)


def old_rules_problems(browser, site_url, path, reader_css, extra_css=""):
    """FRAME_PROBE's and SIDEWAYS' findings on `path` at 390 px (touch), its code blocks'
    buttons mounted, with `reader_css` in place of the site's reader.css and `extra_css` added."""
    context = browser.new_context(**DEVICES["phone"])
    page = context.new_page()
    page.route("**/assets/reader.css", lambda route: route.fulfill(body=reader_css, content_type="text/css"))
    page.goto(site_url + path)
    page.evaluate(SHOW_EVERY_BLOCK)
    if extra_css:
        page.add_style_tag(content=extra_css)
    found = page.evaluate(FRAME_PROBE, COPY_BUTTON)
    found["sideways"] = page.evaluate(SIDEWAYS)
    context.close()
    return found


def test_the_copy_button_checks_fail_on_the_old_rules(browser, site_url):
    """Without reader.css's copy-button rules (Material's resting grey, the button over the first
    line), the contrast check and the overlap check both fail on a page of the site."""
    old = reader_css_without("Copy buttons")
    low = [(where, c["ratio"]) for where, c in copy_contrasts(browser, site_url, COPY_CONTRAST_BLOCKS[:1], old)]
    assert len(low) == 4 and all(ratio < MIN_ICON_CONTRAST for _, ratio in low), low
    covered = old_rules_problems(browser, site_url, "module/setattr/", old)["copy"]
    assert any("its copy button covers" in c for c in covered), covered


def test_the_table_checks_fail_on_the_old_rules(browser, site_url):
    """Without reader.css's table rules, Material breaks `_parameters` in the module/setattr
    table on a phone, and the check finds it; a wrapper that does not scroll lets the table run
    past the column, and the checks find that too."""
    old = reader_css_without("Tables:")
    broken = old_rules_problems(browser, site_url, "module/setattr/", old)["tables"]
    assert any('"_parameters" in a table is broken' in b for b in broken), broken
    found = old_rules_problems(browser, site_url, "module/setattr/",
                               (FIGURES / "reader.css").read_text(encoding="utf-8"),
                               ".md-typeset__scrollwrap { overflow: visible !important; }")
    assert any("past the column" in f for f in found["frames"]), found["frames"]
    assert any("the page is" in f for f in found["sideways"]), found["sideways"]


def test_search_finds_the_one_chapter_that_uses_a_word(built_site, site_url, session):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    pages_with_term = {d["location"].split("#")[0] for d in index["docs"]
                       if re.search(SEARCH_TERM, d["title"] + " " + d["text"], re.I)}
    chapter = {SEARCH_PAGE, "notebooks/" + SEARCH_PAGE.split("/")[0] + "/"}
    assert SEARCH_PAGE in pages_with_term and pages_with_term <= chapter, \
        f"{SEARCH_TERM!r} no longer belongs to {SEARCH_PAGE} only: {sorted(pages_with_term)}"
    page, watch = session
    asked = index_requests(page)
    page.goto(site_url)
    page.locator("a.md-footer__link--next").click()     # instant navigation: no new document
    page.wait_for_function("u => location.href !== u", arg=site_url)
    page.wait_for_load_state("networkidle")
    when = index_asked(page)
    assert len(when) == 1 and when[0] >= 0, (f"{page.url}: the search index was asked for {when} ms "
                                             f"after the first page's load event, not once after it")
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").press_sequentially(SEARCH_TERM)  # keystrokes, as typed
    results = page.locator(".md-search-result__item > a.md-search-result__link")
    results.first.wait_for()
    expected = {urlsplit(site_url + p).path for p in pages_with_term}
    # The results of the word's first letters come first, from the search's worker: wait (10 s
    # at most) for those of the whole word before comparing.
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    try:
        page.wait_for_function("""paths => {
            const shown = [...document.querySelectorAll(
                ".md-search-result__item > a.md-search-result__link")].map(a => new URL(a.href).pathname);
            return shown.length === paths.length && shown.every(p => paths.includes(p)); }""",
                               arg=sorted(expected), timeout=10000)
    except PlaywrightTimeout:
        pass  # the comparison below says what was shown
    hrefs = {urlsplit(h).path for h in results.evaluate_all("els => els.map(a => a.href)")}
    assert hrefs == expected, hrefs
    assert len(asked) == 1, f"the search index was requested {len(asked)} times"
    watch.check("search")


def index_requests(page):
    """The requests `page` makes for the search index, as a list that fills as they are made."""
    asked = []
    page.on("request", lambda r: r.url.endswith("/search/search_index.json") and asked.append(r.url))
    return asked


# When the document asked for the search index: per request, ms after its load event ended
# (negative: before it). overrides/main.html holds the request until the page has loaded and
# been drawn, or the reader opens search, or the address asks for it (?q=, ?h=).
INDEX_ASKED = """() => {
  const load = performance.getEntriesByType("navigation")[0].loadEventEnd;
  return load ? performance.getEntriesByType("resource")
    .filter(e => e.name.endsWith("/search/search_index.json")).map(e => e.startTime - load) : [];
}"""


def index_asked(page):
    """INDEX_ASKED, once the page has loaded and received its index (10 s at most)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.wait_for_function(f"({INDEX_ASKED})().length > 0")
    except PlaywrightTimeout:
        pytest.fail(f"{page.url}: no search index within 10 s of the page's load, "
                    f"so the reader's first search waits for it", pytrace=False)
    return page.evaluate(INDEX_ASKED)


def test_search_on_a_phone_and_from_a_search_result(browser, built_site, site_url):
    """At 390 px the search index loads once the page has loaded, before the reader opens search
    (never while the page is being drawn); the search icon opens search, which finds the word without
    asking again; a page opened from a search result (?h=) loads the index at once and marks the
    word, a name in a table's cell too (one text node: nothing may split it to fit the table on
    a phone)."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(10_000)
    asked = index_requests(page)
    page.goto(site_url + COPY_PAGE, wait_until="networkidle")
    when = index_asked(page)
    assert len(when) == 1 and when[0] >= 0, \
        f"{page.url}: the search index was asked for {when} ms after the load event, not once after it"
    page.locator("label.md-header__button[for=__search]").click()
    page.locator("input.md-search__input").press_sequentially(SEARCH_TERM)
    page.locator(".md-search-result__item > a.md-search-result__link").first.wait_for()
    assert len(asked) == 1, f"the search index was requested {len(asked)} times"
    page.goto(f"{site_url}{SEARCH_PAGE}?h={SEARCH_TERM.lower()}")
    page.locator("article mark[data-md-highlight]").first.wait_for()
    when = index_asked(page)
    assert len(when) == 1 and when[0] < 0, \
        f"{page.url}: a search result's page asked for the index {when} ms after its load event, not at once"
    in_table = next(((path.parent.relative_to(built_site).as_posix() + "/", match[1])
                    for path in sorted(built_site.rglob("index.html"))
                    for match in [re.search(r"<td><code>(\w{12,})</code></td>", path.read_text("utf-8"))]
                    if match), None)
    assert in_table, "no table cell on the site is a code name of 12 or more characters"
    page.goto(f"{site_url}{in_table[0]}?h={in_table[1].lower()}")
    page.locator("article table mark[data-md-highlight]").first.wait_for()
    context.close()


def test_colour_scheme_follows_the_system(site_url, session):
    """Dark on a dark system, light on a light one, switching as the system does, on the page
    first opened and on one reached by instant navigation (overrides/main.html)."""
    page, watch = session

    page.emulate_media(color_scheme="dark")
    page.goto(site_url + COPY_PAGE)
    dark = follow_system(page, "dark")
    light = follow_system(page, "light")
    assert light != dark, f"the background stayed {dark} from dark to light"
    page.locator("a.md-footer__link--next").click()     # instant navigation: no new document
    page.wait_for_function("u => location.href !== u", arg=site_url + COPY_PAGE)
    assert follow_system(page, "dark") == dark, "the dark background changed with the page"
    if os.environ.get("BROWSER_SCREENSHOTS"):
        shots = Path(os.environ["BROWSER_SCREENSHOTS"])
        shots.mkdir(parents=True, exist_ok=True)
        page.goto(site_url + COPY_PAGE)
        for name in SCHEMES:
            follow_system(page, name)
            page.screenshot(path=str(shots / f"linear-{name}.png"), full_page=True)
    page.emulate_media(color_scheme="light")
    watch.check("colour scheme")


# The header's colour scheme button (overrides/main.html), in the order a click moves through its
# states: the state and what a click does, as its name says them, and the scheme the state shows
# (None: the system's, which it follows).
PALETTE = [("the system's", "light", None), ("light", "dark", "default"),
           ("dark", "the system's", "slate")]
PALETTE_BUTTON = "header .md-header__option button"
# The body's scheme changes (each with the scheme it replaced) and the header's insertion, in
# order, from the moment the document exists.
SCHEME_CHANGES = """window.__changes = [];
new MutationObserver(records => records.forEach(r => {
  if (r.type === "attributes") window.__changes.push(["scheme", r.oldValue]);
  else if ([...r.addedNodes].some(n => n.localName === "header"))
    window.__changes.push(["header", null]);
})).observe(document, {subtree: true, childList: true, attributeOldValue: true,
                       attributeFilter: ["data-md-color-scheme"]});"""


def palette_state(page, state):
    """Fail unless the header's button is named for `state` (one of PALETTE's) and the page shows
    its scheme."""
    state, then, scheme = next(p for p in PALETTE if p[0] == state)
    name = f"Colour scheme: {state}. Switch to {then}"
    if not page.locator("header").get_by_role("button", name=name, exact=True).count():
        pytest.fail(f"{page.url}: no header button named {name!r}; the header:\n"
                    f"{page.locator('header').aria_snapshot()}", pytrace=False)
    shown = page.evaluate("document.body.dataset.mdColorScheme")
    assert scheme is None or shown == scheme, f"{page.url}: {state} shows the {shown!r} scheme"


def system_becomes(page, system):
    """Put the system in `system` mode and let the page see it (the change is dispatched before
    the next frame is drawn); the scheme it then shows."""
    page.emulate_media(color_scheme=system)
    page.wait_for_function(f"matchMedia('(prefers-color-scheme: {system})').matches")
    page.evaluate(f"({TWO_FRAMES})()")
    return page.evaluate("document.body.dataset.mdColorScheme")


def test_palette_button_cycles_system_light_dark(browser, site_url):
    """A fresh profile starts in "system", which follows the system; a click, Enter or Space on
    the button moves to light, then dark, then back; light and dark ignore the system."""
    page, watch = watched_tab(browser, site_url)
    page.goto(site_url)
    palette_state(page, "the system's")
    follow_system(page, "dark")
    follow_system(page, "light")
    button = page.locator(PALETTE_BUTTON)
    button.click()
    palette_state(page, "light")
    assert system_becomes(page, "dark") == "default", "light followed a dark system"
    button.press("Enter")
    palette_state(page, "dark")
    assert system_becomes(page, "light") == "slate", "dark followed a light system"
    button.press(" ")
    palette_state(page, "the system's")
    follow_system(page, "dark")
    page.context.close()
    watch.check("palette button")


def test_palette_choice_survives_navigation_and_reload(browser, site_url):
    """Dark, chosen on a light system, stays dark on the page instant navigation brings and
    after a reload, where it is set before the header is parsed: no light page first."""
    page, watch = watched_tab(browser, site_url)
    page.goto(site_url + COPY_PAGE)
    button = page.locator(PALETTE_BUTTON)
    button.click()
    button.click()
    palette_state(page, "dark")
    page.evaluate("window.__stayed = true")
    page.locator("a.md-footer__link--next").click()     # instant navigation: no new document
    page.wait_for_function("u => location.href !== u", arg=site_url + COPY_PAGE)
    page.locator("article h1").wait_for()
    assert page.evaluate("window.__stayed === true"), "the click reloaded the page"
    palette_state(page, "dark")
    page.add_init_script(SCHEME_CHANGES)
    page.reload()
    palette_state(page, "dark")
    # The scheme the page had from the header on: what each later change replaced.
    changes = page.evaluate("window.__changes")
    kinds = [kind for kind, _ in changes]
    assert "header" in kinds, changes
    replaced = {was for kind, was in changes[kinds.index("header"):] if kind == "scheme"}
    assert replaced <= {"slate"}, \
        f"on reload the {replaced - {'slate'}} scheme was on after the header was parsed: {changes}"
    page.context.close()
    watch.check("palette choice")


def test_instant_navigation_keeps_the_page_alive(site_url, session):
    page, watch = session
    page.goto(site_url)
    page.evaluate("window.__stayed = true")
    target = "how-this-site-is-tested/"  # a top-level entry of the navigation: visible
    page.locator(f"nav.md-nav--primary a.md-nav__link[href$='{target}']").first.click()
    page.wait_for_url(site_url + target)
    page.locator("article h1").wait_for()
    assert page.evaluate("window.__stayed === true"), "the click reloaded the page"
    watch.check("instant navigation")


# -- Names read exactly -----------------------------------------------------------------------
# Where the pixels of a screenshot's rows change between two shots (underline drawn and not),
# and the rows holding ink without it: drawn by the page's own canvas from the PNG bytes.
INK_AND_UNDERLINE = """async ([drawn, bare]) => {
    const load = b64 => new Promise(r => { const i = new Image(); i.onload = () => r(i);
                                            i.src = "data:image/png;base64," + b64; });
    const [a, b] = await Promise.all([load(drawn), load(bare)]);
    const pixels = img => { const c = document.createElement("canvas");
        c.width = img.width; c.height = img.height; const x = c.getContext("2d");
        x.drawImage(img, 0, 0); return x.getImageData(0, 0, img.width, img.height).data; };
    const [pa, pb] = [pixels(a), pixels(b)], w = a.width, ink = [], line = [];
    const far = (p, i, q, j) => Math.abs(p[i] - q[j]) + Math.abs(p[i+1] - q[j+1]) + Math.abs(p[i+2] - q[j+2]) > 60;
    for (let y = 0; y < a.height; y++) {
        const edge = (y * w + 1) * 4;  // the background, left of the first letter
        for (let x = 0; x < w; x++) {
            const i = (y * w + x) * 4;
            if (far(pb, i, pb, edge) && !ink.includes(y)) ink.push(y);
            if (far(pa, i, pb, i) && !line.includes(y)) line.push(y);
        }
    }
    return {ink, line};
}"""
# A link's text with an underscore and no letter that descends below the baseline.
UNDERSCORED_LINKS = ("article a:not(.headerlink)", r"^[^gjpqyQ,;()\[\]{}|@$]*_[^gjpqyQ,;()\[\]{}|@$]*$")


@pytest.mark.parametrize("path", ["module/", "questions/"])
def test_link_underlines_keep_underscores_visible(site_url, session, path):
    """A linked name keeps its underscores: the underline is drawn below the lowest ink of its
    letters, underscores included, in a screenshot (the same link without its underline gives
    the ink). Drawn through them, `Module.__init__` read "Module.  init  "."""
    import base64

    page, watch = session
    page.goto(site_url + path)
    selector, pattern = UNDERSCORED_LINKS
    # Links on one line only: a wrapped link's screenshot holds its first line's underline above
    # its second line's ink, which this row-by-row comparison would read as a clash.
    links = [link for link in page.locator(selector).all()
             if re.fullmatch(pattern, link.inner_text().strip())
             and link.evaluate("a => a.getClientRects().length") == 1][:4]
    assert links, f"{path}: no linked name with an underscore to look at"
    problems = []
    for link in links:
        link.scroll_into_view_if_needed()
        box = link.bounding_box()
        clip = {"x": box["x"] - 2, "y": box["y"], "width": box["width"] + 4, "height": box["height"] + 6}
        drawn = page.screenshot(clip=clip)
        link.evaluate("a => a.style.setProperty('text-decoration-line', 'none', 'important')")
        bare = page.screenshot(clip=clip)
        link.evaluate("a => a.style.removeProperty('text-decoration-line')")
        rows = page.evaluate(INK_AND_UNDERLINE, [base64.b64encode(drawn).decode(),
                                                 base64.b64encode(bare).decode()])
        if not rows["line"]:
            problems.append(f"{link.inner_text()!r}: no underline drawn")
        elif rows["ink"] and min(rows["line"]) <= max(rows["ink"]):
            problems.append(f"{link.inner_text()!r}: underline rows {rows['line']} meet its ink "
                            f"(down to row {max(rows['ink'])})")
    watch.check(f"link underlines on {path}")
    assert not problems, f"{path}:\n" + "\n".join(problems)


def test_unknown_paths_get_the_404_page(site_url, session):
    page, watch = session
    missing = site_url + "no/such/page/"
    watch.expected_404.add(missing)
    response = page.goto(missing)
    assert response.status == 404
    assert page.locator("article h1").inner_text().strip() == "Page not found"  # overrides/404.html
    page.wait_for_load_state("networkidle")
    watch.check("404 page")


# -- Figures ----------------------------------------------------------------------------------
# A figure is an SVG file in docs/assets/, put into a page raw (never through Markdown, which
# turns `__setattr__` into bold and breaks the SVG), in a <figure class="diagram">; the SVG's
# data-figure names its file. Every figure must show every <text> of its file, each non-empty,
# inside the figure's viewBox and not cut off by anything around it, at MIN_TEXT_PX or more,
# readable on the page's background, without overlapping another, and be an image named by
# the file's <title>: on every page, in both colour schemes, on a desktop and a phone.
FIGURES = ROOT / "docs" / "assets"
MIN_TEXT_PX = 11          # the smallest text on a 390 px wide phone (Lighthouse's legible text)
MIN_CONTRAST = 4.5        # WCAG 1.4.3, small text
SVG = "{http://www.w3.org/2000/svg}"


def _words(text):
    return " ".join(text.split())


def figure_source(path):
    """What a figure's file says: its labels (each <text>, in order) and its <title>."""
    svg = ET.parse(path).getroot()
    title = svg.find(SVG + "title")
    return {"labels": [_words("".join(t.itertext())) for t in svg.iter(SVG + "text")],
            "title": _words("".join(title.itertext())) if title is not None else ""}


def figure_sources():
    return {p.stem: figure_source(p) for p in sorted(FIGURES.glob("*.svg"))}


# Every SVG in the article that has text or names a figure, as the browser drew it: its labels
# (text, box on screen, font size in screen px, colour and opacity), the screen box of its
# viewBox, the boxes of the elements around it that clip their content (a scrolling one by its
# scrollable area), the backgrounds behind it and its accessible name's source.
FIGURE_PROBE = """svgs => svgs.filter(svg => svg.dataset.figure !== undefined || svg.querySelector("text"))
  .map(svg => {
    const rgba = css => {
      const m = /rgba?\\(([^)]*)\\)/.exec(css || "");
      if (!m) return null;
      const v = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(parseFloat);
      return [v[0], v[1], v[2], v.length > 3 ? v[3] : 1];
    };
    const box = r => [r.left, r.top, r.right, r.bottom];
    const own = svg.getBoundingClientRect();
    const shown = own.width > 0 && own.height > 0 && getComputedStyle(svg).visibility === "visible";
    const vb = svg.viewBox.baseVal, ctm = svg.getScreenCTM();
    const corner = (x, y) => new DOMPoint(x, y).matrixTransform(ctm);
    const [a, b] = vb && ctm ? [corner(vb.x, vb.y), corner(vb.x + vb.width, vb.y + vb.height)]
                             : [{x: 0, y: 0}, {x: 0, y: 0}];
    const clips = [];
    for (let e = svg.parentElement; e && e !== document.documentElement; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.overflowX === "visible" && s.overflowY === "visible") continue;
      const r = e.getBoundingClientRect();
      const left = r.left + e.clientLeft - e.scrollLeft, top = r.top + e.clientTop - e.scrollTop;
      const sx = /auto|scroll/.test(s.overflowX), sy = /auto|scroll/.test(s.overflowY);
      clips.push({where: e.tagName.toLowerCase() + (e.classList.length ? "." + e.classList[0] : ""),
                  box: [sx ? left : r.left, sy ? top : r.top,
                        sx ? left + e.scrollWidth : r.right, sy ? top + e.scrollHeight : r.bottom]});
    }
    const backgrounds = [];
    for (let e = svg; e; e = e.parentElement) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if (c && c[3] > 0) { backgrounds.push(c); if (c[3] >= 1) break; }
    }
    const titleId = svg.getAttribute("aria-labelledby") || "";
    const labels = [...svg.querySelectorAll("text")].map(text => {
      const s = getComputedStyle(text), m = text.getScreenCTM();
      let opacity = parseFloat(s.fillOpacity);
      for (let e = text; e; e = e.parentElement) opacity *= parseFloat(getComputedStyle(e).opacity);
      return {text: text.textContent.replace(/\\s+/g, " ").trim(),
              box: box(text.getBoundingClientRect()),
              px: m ? parseFloat(s.fontSize) * Math.hypot(m.a, m.b) : 0,
              fill: rgba(s.fill), opacity};
    });
    return {figure: svg.dataset.figure ?? null, shown, viewBox: [a.x, a.y, b.x, b.y], clips,
            backgrounds, labels, role: svg.getAttribute("role"),
            titles: titleId ? document.querySelectorAll("#" + CSS.escape(titleId)).length : 0,
            title: (titleId && document.getElementById(titleId)?.textContent || "").replace(/\\s+/g, " ").trim()};
  })"""


def _inside(inner, outer, slack=1.0):
    return (inner[0] >= outer[0] - slack and inner[1] >= outer[1] - slack
            and inner[2] <= outer[2] + slack and inner[3] <= outer[3] + slack)


def _overlap(p, q, slack=1.0):
    return min(p[2], q[2]) - max(p[0], q[0]) > slack and min(p[3], q[3]) - max(p[1], q[1]) > slack


def _luminance(rgb):
    c = [v / 255 for v in rgb]
    c = [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in c]
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]


def _over(top, bottom):
    """Colour `top` (r, g, b, alpha) painted over the opaque colour `bottom` (r, g, b)."""
    return [t * top[3] + b * (1 - top[3]) for t, b in zip(top[:3], bottom[:3])]


def text_contrast(fill, opacity, backgrounds):
    """Contrast ratio of text in `fill` at `opacity` over the stack of `backgrounds` (innermost
    first, as the probe lists them; the canvas under them is white)."""
    ground = [255, 255, 255]
    for layer in reversed(backgrounds):
        ground = _over(layer, ground)
    ink = _over([*fill[:3], fill[3] * opacity], ground)
    light, dark = sorted((_luminance(ink), _luminance(ground)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def figure_problems(where, figures, sources, min_px=MIN_TEXT_PX):
    """Everything wrong with the figures the probe found on one page, as sentences."""
    problems = []
    for fig in figures:
        name = fig["figure"]
        at = f"{where}: figure {name}"
        if name not in sources:
            problems.append(f"{where}: an SVG with text ({len(fig['labels'])} labels) that names "
                            f"no file of docs/assets/ in data-figure ({name!r})")
            continue
        if not fig["shown"]:
            problems.append(f"{at}: not displayed")
            continue
        source, shown = sources[name]["labels"], [label["text"] for label in fig["labels"]]
        missing = list((Counter(source) - Counter(shown)).elements())
        foreign = list((Counter(shown) - Counter(source)).elements())
        if missing or foreign or len(shown) != len(source):
            problems.append(f"{at}: {len(shown)} labels rendered, its file has {len(source)}"
                            + (f"; missing {missing}" if missing else "")
                            + (f"; not in the file {foreign}" if foreign else ""))
        for label in fig["labels"]:
            what = f"{at}: label {label['text']!r}"
            width, height = label["box"][2] - label["box"][0], label["box"][3] - label["box"][1]
            if not label["text"] or width <= 0 or height <= 0:
                problems.append(f"{what} is empty")
                continue
            if not _inside(label["box"], fig["viewBox"]):
                problems.append(f"{what} is clipped: it reaches outside the figure's viewBox")
            for clip in fig["clips"]:
                if not _inside(label["box"], clip["box"]):
                    problems.append(f"{what} is clipped by {clip['where']}")
            if label["px"] < min_px - 0.01:
                problems.append(f"{what} is drawn at {label['px']:.1f} px, under {min_px} px")
            if label["fill"] is None:
                problems.append(f"{what} has no colour the test can read")
            else:
                contrast = text_contrast(label["fill"], label["opacity"], fig["backgrounds"])
                if contrast < MIN_CONTRAST:
                    problems.append(f"{what} has contrast {contrast:.2f}:1 on its background, "
                                    f"under {MIN_CONTRAST}:1")
        for p, q in itertools.combinations(fig["labels"], 2):
            if p["text"] and q["text"] and _overlap(p["box"], q["box"]):
                problems.append(f"{at}: labels {p['text']!r} and {q['text']!r} overlap")
        title = sources[name]["title"]
        if fig["role"] != "img" or fig["titles"] != 1 or not title or fig["title"] != title:
            problems.append(f"{at}: not an image named by its file's <title> (role={fig['role']!r}, "
                            f"{fig['titles']} elements with the title's id, name {fig['title'][:60]!r})")
    return problems


def figure_pass(page, where, sources, seen):
    """The figure problems of the page as it is drawn now, in each scheme (the system's)."""
    from playwright.sync_api import expect

    problems = []
    for scheme in SCHEMES:
        follow_system(page, scheme)
        here = f"{where}, {scheme})"
        figures = page.eval_on_selector_all("article svg", FIGURE_PROBE)
        problems += figure_problems(here, figures, sources)
        seen.update(f["figure"] for f in figures)
        for name in {f["figure"] for f in figures} & set(sources):
            for svg in page.locator(f'article svg[data-figure="{name}"]').all():
                try:  # the accessibility tree's own name, as a screen reader gets it
                    expect(svg).to_have_accessible_name(sources[name]["title"], timeout=1000)
                except AssertionError:
                    problems.append(f"{here}: figure {name}: its accessible name is not "
                                    f"its <title>")
    return problems


def test_figures_show_every_label(visits):
    """Every figure on every page, light and dark, at 1280 and 390 px: see FIGURES above."""
    sources = figure_sources()
    assert sources, f"no figures in {FIGURES}"
    problems = visits["figures"] + [f"docs/assets/{name}.svg is on no page"
                                    for name in sorted(set(sources) - visits["seen"])]
    assert not problems, "\n".join(problems)


def test_the_figure_check_catches_a_broken_figure(browser):
    """The check above can fail: a figure put into a page the way one once was (its include line
    alone, through Markdown), or with one label deleted, emptied, shrunk, pushed out of the
    picture or drawn in a colour that ignores the dark scheme, is caught; the embedding the pages
    use passes. Rendered at phone width."""
    name = "module-setattr"
    sources = figure_sources()
    include = f'--8<-- "docs/assets/{name}.svg"'
    render = lambda text: site_markdown().convert(text)
    good = render(f'<figure class="diagram">\n{include}\n</figure>\n')
    labels = re.findall(r"<text\b[^>]*>.*?</text>", good, re.S)
    assert len(labels) == len(sources[name]["labels"]) > 1
    last = labels[-1]
    cases = {
        "the pages' embedding": (good, None),
        "through Markdown": (render(f"A figure:\n\n{include}\n"), "labels rendered, its file has"),
        "a label deleted": (good.replace(last, ""), "labels rendered, its file has"),
        "a label emptied": (good.replace(last, re.sub(r">.*?<", "><", last, flags=re.S)), "is empty"),
        "a label shrunk": (good.replace(last, last.replace("<text ", '<text style="font-size:6px" ')),
                           "under 11 px"),
        "a label pushed out": (good.replace(last, re.sub(r'\bx="[^"]*"', 'x="2000"', last)), "is clipped"),
        "a label in black on a dark page": (
            '<div style="background: #1e2029; color: #e2e4e9">'
            + good.replace(last, last.replace("<text ", '<text fill="#000" ')) + "</div>", "contrast"),
    }
    css = (FIGURES / "reader.css").read_text(encoding="utf-8")
    context = browser.new_context(viewport={"width": 390, "height": 900})
    page = context.new_page()
    caught = {}
    for case, (html_text, _) in cases.items():
        page.set_content(f"<style>{css} article {{ width: 358px; }}</style><article class='md-typeset'>"
                         f"{html_text}</article>")
        caught[case] = figure_problems(case, page.eval_on_selector_all("article svg", FIGURE_PROBE),
                                       sources)
    context.close()
    for case, (_, expected) in cases.items():
        if expected is None:
            assert caught[case] == [], caught[case]
        else:
            assert any(expected in p for p in caught[case]), f"{case}: not caught: {caught[case]}"


# -- Search finds code names --------------------------------------------------------------------
# A name in inline code: identifiers joined by `.` or `::`, or one with an underscore, with a
# letter somewhere (`_` alone, Python's throwaway name, is not an API name); a call's arguments
# dropped (`pdb.post_mortem(traceback)` is pdb.post_mortem).
CODE_NAME = re.compile(r"(?=.*(?:\.|::|_))(?=.*[A-Za-z])[A-Za-z_]\w*(?:(?:\.|::)[A-Za-z_]\w*)*")
CALL = re.compile(r"\(.*\)$", re.S)
FILE_EXTENSIONS = {"py", "cpp", "h", "so", "yaml", "yml", "txt", "md", "json", "out", "pdb", "ipynb"}
# Names readers reported missing; searched wherever on a page they are (code blocks too).
REPORTED_NAMES = ("pdb.post_mortem", "torch._C._nn.linear", "at::native::linear",
                  "register_full_backward_hook", "set_trace", "getsource")


def code_names(built_site, site_url):
    """{name: {page URL}} for the code names on the pages that the search index holds."""
    from bs4 import BeautifulSoup

    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    indexed = {d["location"].split("#")[0] for d in index["docs"]}
    names = {}
    for path in sorted(built_site.rglob("index.html")):
        location = path.parent.relative_to(built_site).as_posix() + "/"
        location = "" if location == "./" else location
        if location not in indexed:
            continue
        article = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").select_one("article")
        if article is None:
            continue
        for code in article.select("code"):
            text = code.get_text()
            if code.find_parent("pre") is None and CODE_NAME.fullmatch(CALL.sub("", text.strip())):
                names.setdefault(CALL.sub("", text.strip()), set()).add(site_url + location)
            for name in REPORTED_NAMES:
                if name in text:
                    names.setdefault(name, set()).add(site_url + location)
    return names


def searches(names):
    """{query: {page URL}}: each name whole, and its last part (after the last . or ::), unless
    that is a file's extension (`linear.py`)."""
    queries = {}
    for name, urls in names.items():
        last = re.split(r"\.|::", name)[-1]
        for query in {name} if last in FILE_EXTENSIONS else {name, last}:
            queries.setdefault(query, set()).update(urls)
    return queries


def search_separator(built_site):
    """What splits text into search terms on the built site (mkdocs.yml's search separator)."""
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    return re.compile(index["config"]["separator"])


# -- The site's search, run without the browser ---------------------------------------------

def site_search(built_site, texts, how="typed", index=None):
    """{text: (query, results)}: each text typed (or pasted) into the built site's own search, run
    in node by tests/search_worker.js (the site's search worker and index, the paste handler of
    its reader.js), in one batch. `results`: the pages listed, in order, each as its hits
    [location, terms it matches, terms shown as "Missing:"], the page first. `index`: another
    search_index.json to load."""
    import subprocess

    import playwright

    node = Path(playwright.__file__).parent / "driver" / "node"  # Playwright's own
    texts = list(dict.fromkeys(texts))
    run = subprocess.run([str(node), str(ROOT / "tests" / "search_worker.js"), str(built_site),
                          *([str(index)] if index else [])],
                         input=json.dumps({how: texts}), capture_output=True, text=True)
    assert run.returncode == 0, f"tests/search_worker.js failed on {built_site}:\n{run.stderr}"
    answers = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(answers) == len(texts), run.stderr
    return {text: (a["query"], a["results"]) for text, a in zip(texts, answers)}


def sample(items, n=12):
    """n items spread evenly over the sorted items: the ones the browser checks too."""
    items = sorted(items)
    return items[::max(1, len(items) // n)][:n]


# The pages listed now, as the search box shows them (at most the first 10, which Material renders
# at once), each as its hits [URL with its section, terms matched (?h=), terms shown as
# "Missing:"], when every term they matched is one of `terms` (else null: not yet this query's).
LISTED = """terms => {
    if (!document.querySelector(".md-search-result__meta").textContent.trim()) return null;
    const pages = [...document.querySelectorAll(".md-search-result__item")].slice(0, 10).map(li =>
        [...li.querySelectorAll("a.md-search-result__link")].map(a => {
            const url = new URL(a.href), h = url.searchParams.get("h") || "";
            return [url.origin + url.pathname + decodeURI(url.hash), h ? h.split(" ") : [],
                    [...a.querySelectorAll(".md-search-result__terms del")].map(d => d.textContent)];
        }));
    if (terms && pages.flat().some(([, h]) => h.some(t => !terms.includes(t)))) return null;
    return pages;
}"""


def as_listed(results, site_url):
    """The harness's results as LISTED reads them from the search box."""
    return [[[site_url + location, terms, missing] for location, terms, missing in hits]
            for hits in results[:10]]


def listing_problems(listed, query, results, site_url):
    """[] if the search box listed what the harness found for the query, else the first hit
    where they differ."""
    expected = as_listed(results, site_url)
    box = [(i, hit) for i, hits in enumerate(listed, 1) for hit in hits]
    harness = [(i, hit) for i, hits in enumerate(expected, 1) for hit in hits]
    for at, (shown, found) in enumerate(itertools.zip_longest(box, harness)):
        if shown != found:
            return [f"{query!r}: hit {at + 1} of the first {len(expected)} pages: the search box "
                    f"lists {shown}, the harness {found}"]
    return []


def name_misses(built_site, site_url, queries):
    """{query: why it misses}: each name searched by the harness finds a page it is on with a hit
    that matches every term typed (no "Missing:")."""
    misses, found_by = {}, site_search(built_site, queries)
    for query, urls in sorted(queries.items()):
        _, results = found_by[query]
        found = {site_url + location.split("#")[0] for hits in results
                 for location, terms, missing in hits if terms and not missing}
        if not urls & found:  # a common name is on many pages: one of them is the answer
            misses[query] = (f"{query!r}: found on none of "
                             f"{', '.join(sorted(u[len(site_url):] or '/' for u in urls - found))}")
    return misses


def test_search_finds_every_code_name(built_site, site_url, session):
    """Each name typed into the search box, whole and by its last part, finds a page it is on
    with a hit that matches every term typed (no "Missing:"). Every name is searched by the
    site's own search worker in node (tests/search_worker.js); the reported names and a dozen
    more, spread over the list, are typed into the real search box too, which must list the
    harness's first pages, hit for hit."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    queries = searches(code_names(built_site, site_url))
    for name in ("pdb.post_mortem", "at::native::linear", "post_mortem"):
        assert name in queries, f"{name!r} is no longer a code name on a page: update REPORTED_NAMES"
    misses = name_misses(built_site, site_url, queries)
    typed = sorted({q for q in (*REPORTED_NAMES, "post_mortem") if q in queries}
                   | set(sample(queries)))
    harness = site_search(built_site, typed)
    page, watch = session
    page.goto(site_url)
    box = page.locator("input.md-search__input")
    box.click()
    page.locator(".md-search-result__meta", has_text=re.compile(r"\S")).wait_for()
    separator, disagree = search_separator(built_site), []
    for query in typed:
        # Material searches on keyup (and focus): the box, focused, gets all but the last
        # character without a search; the last keystroke, as typed, runs it.
        page.evaluate("""text => {
            document.querySelector(".md-search-result__meta").textContent = "";
            document.querySelector("input.md-search__input").value = text;
        }""", query[:-1])
        page.keyboard.press(query[-1])
        terms = [t.lower() for t in separator.split(query) if t]
        try:
            listed = page.wait_for_function(LISTED, arg=terms, polling=50,
                                            timeout=5000).json_value()
        except PlaywrightTimeout:
            disagree.append(f"{query!r}: no results in the search box after 5 s")
            continue
        disagree += listing_problems(listed, query, harness[query][1], site_url)
    watch.check("search for code names")
    assert not disagree, "the search box and tests/search_worker.js differ:\n" + "\n".join(disagree)
    assert not misses, f"{len(misses)} of {len(queries)} searches:\n" + "\n".join(misses.values())


def test_the_code_name_search_check_can_fail(built_site, site_url):
    """A name that no page holds, and a name looked for on a page it is not on, are misses of the
    harness's check; a name on its page is not."""
    queries = {"post_mortem": {site_url + "pdb/post-mortem/"},
               "torch.no_such_name_anywhere": {site_url + "pdb/post-mortem/"},
               SEARCH_TERM: {site_url + COPY_PAGE}}
    assert sorted(name_misses(built_site, site_url, queries)) == \
        sorted([SEARCH_TERM, "torch.no_such_name_anywhere"])


# -- A pasted error message finds its explanation ----------------------------------------------

def error_index_cases(built_site, site_url):
    """[(message, {URL a search for it may land on first})] from the built error index
    (docs/errors.md, made from the recorded outputs): each message as a page shows it (whole,
    where its heading is cut), and where
    it may land: its entry (the wording's heading, the message's own, the class's), a section the
    entry links (each shows and explains a message of that wording), or a section whose heading
    repeats the message's first four words (a question answered under the error's name)."""
    from bs4 import BeautifulSoup
    from urllib.parse import urljoin

    base = site_url + "errors/"
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    words = lambda text: re.findall(r"[a-z0-9_]+", text.lower())
    titles = [(site_url + d["location"], " ".join(words(d["title"]))) for d in index["docs"]]
    article = BeautifulSoup((built_site / "errors" / "index.html").read_text(encoding="utf-8"),
                            "html.parser").select_one("article")
    cases = {}
    for h3 in article.select("h3[id]"):
        anchors, links, messages = {base + "#" + h3["id"], base + "#" + h3.find_previous("h2")["id"]}, set(), []
        for sibling in h3.find_next_siblings():
            if sibling.name in ("h2", "h3"):
                break
            if sibling.name == "h4":
                anchors.add(base + "#" + sibling["id"])
                messages.append(sibling)
            links |= {urljoin(base, a["href"]) for a in sibling.select("a[href]")
                      if not a.get("class")}
        for heading in messages or [h3]:
            # a long message's heading is cut: the message whole is the paragraph under it
            whole = heading.find_next_sibling()
            whole = whole.code if whole is not None and whole.name == "p" and whole.code \
                and whole.get_text() == whole.code.get_text() else heading
            message = whole.get_text().replace("¶", "").strip().removesuffix(" …")
            first = " ".join(words(message.split(": ", 1)[-1])[:4])
            named = {url for url, title in titles if len(first.split()) == 4 and first in title}
            cases.setdefault(message, set()).update(anchors | links | named)
    return list(cases.items())


def other_numbers(message):
    """The message as the reader's own code would print it: every number that is not part of a
    name changed (`mat1 and mat2 ... (5x4 and 3x2)` -> `... (8x7 and 6x5)`), and no digit of a
    name (`torch.bfloat16` stays, never `torch.bfloat19`)."""
    return re.sub(r"(?<![\w.])\d+|(?<=\dx)\d+|(?<=\d\.)\d+",
                  lambda n: str(int(n.group()) + 3), message)


def first_result(results, site_url):
    """The first result: the first section of the first page listed (or the page, if none is
    listed); None when nothing is."""
    links = [site_url + location for location, _, _ in (results or [[]])[0]]
    return next((link for link in links if "#" in link), links[0] if links else None)


def pasted_misses(built_site, site_url, cases, index=None):
    """(misses, pasted): each message, and again with other numbers, pasted into the harness's
    search (with another search_index.json: `index`), lands first on one of its landings."""
    pasted = {}
    for message, landings in cases:
        for query in (message, other_numbers(message)):
            pasted.setdefault(query, landings)
    misses, found = [], site_search(built_site, pasted, "pasted", index)
    for query, landings in pasted.items():
        first = first_result(found[query][1], site_url)
        if first not in landings:
            misses.append(f"{query!r} lands on {first and first[len(site_url):]}")
    return misses, pasted


# Seconds the search box gets to list a paste's results. The longest message the sample can
# draw, isin()'s 466 characters with its three signatures, listed them 5.7 s after the paste in
# desktop Chromium while the paste handler passed on all its 71 words; given each term once (34),
# 1.0 s, and 2.7 s for a page's first paste, with a load average of 4 (measured by hand). The
# test compares the box's results with the harness's; it does not time the paste.
PASTE_WAIT = 10


def test_search_lands_a_pasted_error_on_its_explanation(built_site, site_url, session):
    """Every error and warning message the site's outputs show, pasted whole into the search box,
    and again with other numbers, lands first on its entry in the error index or on a section that
    explains it. Every message is pasted into the site's own search worker in node, through its
    reader.js's paste handler (tests/search_worker.js); a dozen, spread over the list, are pasted
    into the real search box too (from the clipboard, Ctrl+V, as a reader does), which must get
    the same words and list the harness's first pages, hit for hit."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    cases = error_index_cases(built_site, site_url)
    assert len(cases) > 50, f"the error index lists {len(cases)} messages: is it built?"
    misses, pasted = pasted_misses(built_site, site_url, cases)
    harness = {}  # one text per query: each paste changes the box's words, and so searches
    for text, (query, results) in site_search(built_site, sample(pasted), "pasted").items():
        harness.setdefault(query, (text, results))
    page, watch = session
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(site_url)
    box = page.locator("input.md-search__input")
    box.click()
    page.locator(".md-search-result__meta", has_text=re.compile(r"\S")).wait_for()
    disagree = []
    for query, (text, results) in harness.items():
        page.evaluate("""async text => {
            document.querySelector(".md-search-result__meta").textContent = "";
            await navigator.clipboard.writeText(text);
        }""", text)
        page.keyboard.press("Control+A")
        page.keyboard.press("Control+V")
        if box.input_value() != query:
            disagree.append(f"{text!r}: the box holds {box.input_value()!r}, the harness searched "
                            f"{query!r}")
            continue
        try:
            listed = page.wait_for_function(LISTED, arg=None, polling=50,
                                            timeout=PASTE_WAIT * 1000).json_value()
        except PlaywrightTimeout:
            disagree.append(f"{text!r}: no results in the search box after {PASTE_WAIT} s")
            continue
        disagree += listing_problems(listed, text, results, site_url)
    watch.check("pasted error messages")
    assert not disagree, "the search box and tests/search_worker.js differ:\n" + "\n".join(disagree)
    pasted_text = {miss.partition(" lands on ")[0]: miss for miss in misses}
    new = sorted(m for text, m in pasted_text.items() if text not in KNOWN_PASTE_MISSES)
    assert not new, f"{len(new)} of {len(pasted)} pasted messages:\n" + "\n".join(new)
    landed = sorted(KNOWN_PASTE_MISSES - set(pasted_text))
    assert not landed, ("known misses that now land on their explanation (or are gone from the "
                        "site): take them out of KNOWN_PASTE_MISSES:\n" + "\n".join(landed))


# Pasted messages that land elsewhere, known and listed, so that any other miss fails the test:
# none. (Issue 26, round 2, listed three: Material's lunr searches each pasted word as a prefix,
# so `no*` and `in*` found rare words of a near entry's heading, `no_such_op` and `inference`,
# which outweighed the words the paste shared with its own entry; search.py's boost_error_entries
# now weighs each entry by the inverse of its heading's length in idf. A fourth, `dtypes
# torch.bfloat19, torch.float35`, was this test's own: other_numbers changed the digits of dtype
# names.)
# each as the failure message quotes it, before "lands on". The invalid-gradient messages of a
# 4-d parameter land on the entry of the same check's message for a 1-d root gradient, "invalid
# gradient at index ‹n› - got [‹n›] but expected shape compatible with [‹n›]", whose words they
# all hold; that entry links the same page, autograd/q-invalid-gradient/.
KNOWN_PASTE_MISSES = {
    "'RuntimeError: Function BroadcastBackward returned an invalid gradient at index 10 - got [61, 64, 1, 3] but expected shape compatible with [64, 64, 1, 3]'",
    "'RuntimeError: Function BroadcastBackward returned an invalid gradient at index 13 - got [64, 67, 4, 6] but expected shape compatible with [67, 67, 4, 6]'",
    "'RuntimeError: Function ConvolutionBackward0 returned an invalid gradient at index 1 - got [61, 64, 1, 3] but expected shape compatible with [64, 64, 1, 3]'",
    "'RuntimeError: Function ConvolutionBackward0 returned an invalid gradient at index 4 - got [64, 67, 4, 6] but expected shape compatible with [67, 67, 4, 6]'",
    # The short wording of jit.trace's deprecation lands on pdb/q-compile-tools' section on the
    # runs jit.trace makes, whose heading names `torch.jit.trace`: that section catches the
    # warning without showing it, and links the section that shows and explains it.
    "'DeprecationWarning: `torch.jit.trace` is deprecated.'",
}


def test_the_pasted_error_check_can_fail(built_site, site_url, tmp_path):
    """A message whose entry and explaining sections are gone from (a copy of) the search index
    lands elsewhere, a miss of the harness's check; the message beside it still lands. And a
    search box listing what that index finds would differ from the harness's listing."""
    cases = sample(error_index_cases(built_site, site_url), 2)
    gone = cases[0][1]
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    index["docs"] = [d for d in index["docs"] if site_url + d["location"] not in gone]
    (tmp_path / "search_index.json").write_text(json.dumps(index), encoding="utf-8")
    misses, _ = pasted_misses(built_site, site_url, cases, tmp_path / "search_index.json")
    assert misses and all(m.startswith(repr(cases[0][0])) or m.startswith(repr(other_numbers(cases[0][0])))
                          for m in misses), misses
    assert not pasted_misses(built_site, site_url, cases[1:])[0]
    text = cases[0][0]
    broken = site_search(built_site, [text], "pasted", tmp_path / "search_index.json")[text][1]
    assert listing_problems(as_listed(broken, site_url), text,
                            site_search(built_site, [text], "pasted")[text][1], site_url)


# -- Outputs rendered as Markdown, and the scripts collapsed above them ----------------------

# A script shown collapsed (`/// details | ...` around its block, then its output rendered as
# Markdown), as the chapter overviews show the scripts that print their lists of links.
COLLAPSED_SCRIPT = re.compile(r'^/// details \| (?P<title>[^\n]+)\n\n```python title="(?P<script>[^"]+)"'
                              r'\n--8<-- "(?P=script)"\n```\n\n///\n\n--8<-- "[^"]+\.out"$', re.M)
# What each collapsed script's box shows: open or not, its code visible or not, its summary, and
# the links visible in the outputs rendered as Markdown that follow it (in their tabs, if any).
COLLAPSED = """() => [...document.querySelectorAll("article details")]
  .filter(box => box.querySelector("pre")).map(box => {
    const next = box.nextElementSibling;
    const links = !next ? [] : next.matches(".rendered-output") ? next.querySelectorAll("a[href]")
                                 : next.querySelectorAll(".rendered-output a[href]");
    return {open: box.open, code: box.querySelector("pre").checkVisibility(),
            summary: box.querySelector("summary").textContent.trim(),
            links: [...links].filter(a => a.checkVisibility()).length};
  })"""
# Each visible output rendered as Markdown has its label; where the page has a fenced output too,
# it has that output's bar, tint and label type.
RENDERED_LOOK = """() => {
  const fenced = document.querySelector("article .highlight.output");
  const style = (el, props) => props.map(p => getComputedStyle(el)[p]);
  const problems = [];
  for (const frame of document.querySelectorAll("article .rendered-output")) {
    if (!frame.checkVisibility()) continue;  // in a tab not picked
    const label = frame.querySelector(":scope > .rendered-output-label");
    if (!label || !label.checkVisibility()) { problems.push("no visible label"); continue; }
    if (!fenced) continue;
    for (const [what, own, theirs, props] of [
        ["bar", frame, fenced, ["borderLeftWidth", "borderLeftStyle", "borderLeftColor"]],
        ["tint", frame, fenced.querySelector("code"), ["backgroundColor"]],
        ["label", label, fenced.querySelector(":scope > .filename"),
         ["fontSize", "fontWeight", "fontFamily", "color", "paddingLeft", "borderBottomColor"]]]) {
      const a = style(own, props), b = style(theirs, props);
      props.forEach((p, i) => a[i] !== b[i] && problems.push(`${what} ${p} ${a[i]}, a fenced output's ${b[i]}`));
    }
  }
  return problems;
}"""


def collapsed_scripts():
    """{page URL path: [(summary, script)]} of the pages that show a script collapsed."""
    found = {}
    for page in sorted((ROOT / "docs").rglob("*.md")):
        for m in COLLAPSED_SCRIPT.finditer(page.read_text(encoding="utf-8")):
            path = page.relative_to(ROOT / "docs").with_suffix("").as_posix()
            path = "" if path == "index" else path + "/"
            found.setdefault(path, []).append((m["title"].replace("`", ""), m["script"]))
    return found


def collapse_problems(page, url, expected):
    """What is wrong with the collapsed scripts of the page shown: one open, its code shown, its
    summary not saying what the script does, or the links it prints not visible."""
    boxes = page.evaluate(COLLAPSED)
    problems = [] if len(boxes) == len(expected) else [
        f"{url}: {len(boxes)} collapsed scripts, the page's Markdown has {len(expected)}"]
    for box, (title, script) in zip(boxes, expected):
        if box["open"] or box["code"]:
            problems.append(f"{url}: {script} is not collapsed")
        if box["summary"] != title or not title.startswith("How these links are made: "):
            problems.append(f"{url}: {script}'s box says {box['summary']!r}")
        if not box["links"]:
            problems.append(f"{url}: no visible link in the output of {script}")
    return problems


def look_problems(page, url):
    return [f"{url}: {p}" for p in page.evaluate(RENDERED_LOOK)]


def test_outputs_rendered_as_markdown_look_like_outputs(site_url, session):
    """The routing table of module/setattr/, an output rendered as Markdown, has the accent bar,
    the tint and the label type of the fenced outputs on its page, light and dark; on each page
    that shows a script collapsed (the module and cpp overviews), the script's box is closed and
    says how the links are made, the links it prints are visible, and a click on the box shows
    the code."""
    page, watch = session
    problems = []
    page.goto(site_url + "module/setattr/")
    for system in SCHEMES:
        follow_system(page, system)
        # Material's code blocks change colour in a transition: compare where it ends (finished
        # at once, as FINISH_TRANSITIONS does: awaiting one that a newer one replaces rejects).
        page.evaluate(FINISH_TRANSITIONS)
        problems += [f"{p} ({system})" for p in look_problems(page, "module/setattr/")]
    follow_system(page, "light")
    found = collapsed_scripts()
    assert {"module/", "cpp/"} <= set(found), f"collapsed scripts only on {sorted(found)}"
    for path, expected in found.items():
        page.goto(site_url + path)
        problems += collapse_problems(page, path, expected) + look_problems(page, path)
        page.locator("article details > summary").first.click()
        if not page.locator("article details pre").first.is_visible():
            problems.append(f"{path}: a click on the box does not show its code")
    watch.check("outputs rendered as Markdown")
    assert not problems, "\n".join(problems)


def test_the_rendered_output_look_checks_can_fail(site_url, session):
    """The checks above catch an output rendered as Markdown drawn otherwise than a fenced one
    (another bar colour, a label of normal weight), a collapsed script left open, and links
    hidden."""
    page, watch = session
    page.goto(site_url + "module/setattr/")
    page.add_style_tag(content=".md-typeset .rendered-output { border-left-color: red }"
                               " .md-typeset .rendered-output > .rendered-output-label { font-weight: 400 }")
    found = look_problems(page, "setattr")
    assert any("bar borderLeftColor rgb(255, 0, 0)" in p for p in found), found
    assert any("label fontWeight 400" in p for p in found), found
    page.goto(site_url + "module/")
    expected = collapsed_scripts()["module/"]
    assert collapse_problems(page, "module/", expected) == []
    page.evaluate("document.querySelector('article details').open = true")
    page.add_style_tag(content=".rendered-output ul { display: none !important }")
    found = collapse_problems(page, "module/", expected)
    assert found == ["module/: snippets/module/source_links.py is not collapsed",
                     "module/: no visible link in the output of snippets/module/source_links.py"], found
    watch.check("the look checks")


# -- Notebook pages: transcripts as on the chapter, a height that holds ---------------------------
NOTEBOOKS = [f"notebooks/{name}/" for name in chapters()]
SESSION_PAGES = ("pdb/starting/", "notebooks/pdb/")  # a chapter page's sessions, and its notebook's
# The look of the first recorded session of the page: its title, a typed command, its lines.
SESSION_LOOK = """() => {
  const block = document.querySelector("article .highlight.session");
  if (!block) return null;
  block.scrollIntoView();
  const typed = block.querySelector(".typed"), title = block.querySelector(".filename");
  const style = e => e && getComputedStyle(e);
  return {title: title && title.textContent, titleShown: !!title && title.checkVisibility(),
          titleWeight: style(title)?.fontWeight, typedWeight: style(typed)?.fontWeight,
          typedColor: style(typed)?.color, wrap: style(block.querySelector("pre > code")).whiteSpace,
          border: style(block).borderLeftColor, background: style(block.querySelector("pre > code")).backgroundColor};
}"""
# Each recorded session's lines that run past its frame (each block scrolled into view first).
CLIPPED_SESSIONS = f"""() => [...document.querySelectorAll("article .highlight.session pre > code")]
  .filter(code => ({RUNS_PAST})(code, c => c.scrollIntoView())).map({LONGEST_LINE})"""


def test_notebook_sessions_look_as_on_the_chapter(site_url, session):
    """A pdb session in the pdb notebook is drawn as on the chapter's page, light and dark: its
    "Session" title, typed commands in bold and the same colour, the output's frame and tint;
    and at 1280 and 390 px no session's line runs past its frame (they wrap)."""
    page, watch = session
    problems = []
    for system in SCHEMES:
        looks = {}
        for path in SESSION_PAGES:
            page.emulate_media(color_scheme=system)
            page.goto(site_url + path)
            follow_system(page, system)
            looks[path] = page.evaluate(SESSION_LOOK)
        chapter, notebook = (looks[p] for p in SESSION_PAGES)
        if chapter is None or not chapter["typedColor"]:
            problems.append(f"{SESSION_PAGES[0]}: no session with a typed command to compare with")
        elif notebook != chapter:
            problems.append(f"{system}: the notebook's first session {notebook}, the chapter's {chapter}")
    page.emulate_media(color_scheme="light")
    follow_system(page, "light")
    for viewport in ({"width": 1280, "height": 900}, PHONE):
        page.set_viewport_size(viewport)
        page.goto(site_url + SESSION_PAGES[1])
        problems += [f"{viewport['width']} px: a session line runs past its frame: {line!r}"
                     for line in page.evaluate(CLIPPED_SESSIONS)]
    page.set_viewport_size({"width": 1280, "height": 900})
    watch.check("notebook sessions")
    assert not problems, "\n".join(problems)


def test_the_session_checks_can_fail(browser, site_url):
    """A notebook session drawn as a plain block (the classes and typed marks of the chapter's
    gone, its lines not wrapped): the look differs from the chapter's, and lines run past the
    frame."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="light")
    page = context.new_page()
    page.goto(site_url + SESSION_PAGES[0])
    chapter = page.evaluate(SESSION_LOOK)
    page.goto(site_url + SESSION_PAGES[1])
    page.evaluate("""() => document.querySelectorAll("article .highlight.session").forEach(block => {
        block.classList.remove("output");
        block.querySelectorAll(".typed").forEach(t => t.replaceWith(t.textContent));
        block.querySelector("pre > code").style.whiteSpace = "pre";
    })""")
    broken = page.evaluate(SESSION_LOOK)
    clipped = page.evaluate(CLIPPED_SESSIONS)
    context.close()
    assert broken != chapter and broken["typedColor"] is None, broken
    assert clipped, "no session line runs past its frame when the lines do not wrap"


# The page's height when loaded, and once scrolled to the end a screen at a time (each notebook
# cell is drawn when it nears the screen and keeps its height; until then its estimate holds its
# place: reader.css, notebook_page.py).
HEIGHT_AFTER_SCROLLING = """async () => {
  const deadline = Date.now() + 60000;
  const frames = """ + TWO_FRAMES + """;
  const root = document.scrollingElement, atLoad = root.scrollHeight;
  for (let y = 0; y < root.scrollHeight - innerHeight; y += innerHeight) {
    if (Date.now() > deadline) throw new Error("scrolling through took over 60 s");
    root.scrollTop = y;
    await frames();
  }
  root.scrollTop = root.scrollHeight;
  await frames();
  const after = root.scrollHeight;
  root.scrollTop = 0;
  return [atLoad, after];
}"""
MAX_HEIGHT_CHANGE = 0.05  # of the page's height; measured: at most 2.2% on a phone, 0.7% at 1280 px


def height_changes(page, url, before_load=None):
    """The page at url: (its height at load, after scrolling through it); before_load: CSS added
    to the page before it is drawn."""
    if before_load:
        page.add_init_script(f"""document.addEventListener("DOMContentLoaded", () => {{
            const s = document.createElement("style"); s.textContent = {json.dumps(before_load)};
            document.head.append(s); }});""")
    page.goto(url, wait_until="load")
    return page.evaluate(HEIGHT_AFTER_SCROLLING)


def height_problems(url, at_load, after):
    change = (after - at_load) / after
    return [] if abs(change) <= MAX_HEIGHT_CHANGE else [
        f"{url}: {at_load} px high at load, {after} px once scrolled through ({change:+.1%})"]


def test_notebook_pages_keep_their_height_on_a_phone(browser, site_url):
    """On a 390x844 phone, a notebook page is about as high at load as once the reader has
    scrolled through it: the scrollbar does not jump, nor does a link to a heading land short.

    Each page in a fresh phone-sized tab. Chromium has twice stopped drawing frames in the middle
    of this test in a full run (once for 31 minutes, before frames had a timeout): a page whose
    tab draws no frame for 10 s is measured again in a new tab, once, and the stall is printed."""
    problems, seen = [], []
    for path in NOTEBOOKS:
        for attempt in (1, 2):
            page, watch = watched_tab(browser, site_url, viewport=PHONE)
            try:
                at_load, after = height_changes(page, site_url + path)
                break
            except Exception as error:
                if STALLED not in str(error) or attempt == 2:
                    raise
                print(f"{path}: {str(error).splitlines()[0]}; measured again in a new tab", file=sys.stderr)
            finally:
                page.context.close()
        watch.check(f"notebook height of {path}")
        seen.append(f"{path} {at_load} -> {after}")
        problems += height_problems(path, at_load, after)
    assert not problems, "\n".join(problems + ["measured: " + "; ".join(seen)])


def test_the_height_check_can_fail(browser, site_url):
    """With every cell's place held by 12em (the rule's value before the estimates), the check
    reports the page growing as it is scrolled."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    old = ".jp-CodeCell, .jp-MarkdownCell { contain-intrinsic-size: auto 12em !important; }"
    at_load, after = height_changes(page, site_url + NOTEBOOKS[0], before_load=old)
    context.close()
    assert height_problems(NOTEBOOKS[0], at_load, after), (at_load, after)

