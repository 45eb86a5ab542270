"""The built site in a real browser: Debian's Chromium, headless, driven by Playwright.

The site is served by a small threaded HTTP server inside this test, on 127.0.0.1, under the
path it has when hosted (site_url's path), answering unknown paths with 404.html as GitHub Pages
does. One browser visits every page and fails on any console error, failed request or request
that leaves 127.0.0.1; then it checks what a reader uses: copy buttons, search, the palette
toggle, instant navigation, the footer, the table of contents, the edit and view links, the 404.

`make test` installs the browser (Makefile target `browser`) and Playwright (requirements.txt).
Set BROWSER_SCREENSHOTS=<dir> to keep light and dark screenshots of the nn.Linear chapter.
"""

import functools
import http.server
import json
import os
import re
import shutil
import threading
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from doclib import mkdocs_config

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# The chapter a search must find, by a word only it uses (checked against the search index);
# the chapter's notebook (notebooks/<chapter>/, its code as cells) counts as the chapter.
SEARCH_PAGE, SEARCH_TERM = "linear/", "kaiming"
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
    origin = site_url[:site_url.index("/", len("http://"))]
    watch = Watch(origin)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="light")
    watch.attach(context)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page, watch
    context.close()


def page_urls(built_site, site_url):
    """Every page of the built site (directory URLs), the 404 page aside."""
    folders = (p.parent.relative_to(built_site).as_posix() for p in sorted(built_site.rglob("index.html")))
    return [site_url + ("" if f == "." else f + "/") for f in folders
            if f.split("/")[0] not in ("assets", "search")]


def test_every_page_renders_cleanly(built_site, site_url, session):
    """No console error, failed or outside request; every code block has its copy button; the
    reader's furniture is there: table of contents, footer, edit/view links, the torch stamp."""
    page, watch = session
    urls = page_urls(built_site, site_url)
    assert len(urls) >= 2, urls
    for url in urls:
        response = page.goto(url, wait_until="load")
        assert response.status == 200, url
        page.wait_for_load_state("networkidle")
        watch.check(url)
        blocks = page.eval_on_selector_all("article pre", COPYABLE, COPY_BUTTON)
        assert all(blocks), f"{url}: {blocks.count(False)} of {len(blocks)} code blocks have no copy button"
        assert page.locator("a.md-content__button[rel=edit]").count() == 1, f"{url}: no edit link"
        assert page.locator("a.md-content__button[title*='source' i]").count() == 1, f"{url}: no view link"
        assert page.locator("[data-md-component=source]").count() == 0, f"{url}: repository widget"
        assert page.locator("article .admonition", has_text="Checked against torch").is_visible(), \
            f"{url}: no visible torch version stamp"
        assert page.locator("footer .md-footer__link").count() >= 1, f"{url}: no previous/next footer"
        headings = page.locator("article h2[id]").count()
        if headings:
            assert page.locator("nav.md-nav--secondary a.md-nav__link").count() >= headings, \
                f"{url}: the table of contents misses headings"


def test_code_blocks_copy_to_the_clipboard(site_url, session):
    page, watch = session
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(site_url + SEARCH_PAGE)
    block = page.locator("article pre").first
    block.hover()
    block.locator(COPY_BUTTON).click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.strip() and copied.strip() == block.locator("code").inner_text().strip()
    watch.check("copy button")


def test_search_finds_the_one_chapter_that_uses_a_word(built_site, site_url, session):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    pages_with_term = {d["location"].split("#")[0] for d in index["docs"]
                       if re.search(SEARCH_TERM, d["title"] + " " + d["text"], re.I)}
    chapter = {SEARCH_PAGE, "notebooks/" + SEARCH_PAGE}
    assert SEARCH_PAGE in pages_with_term and pages_with_term <= chapter, \
        f"{SEARCH_TERM!r} no longer belongs to {SEARCH_PAGE} only: {sorted(pages_with_term)}"
    page, watch = session
    page.goto(site_url)
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").press_sequentially(SEARCH_TERM)  # keystrokes, as typed
    results = page.locator(".md-search-result__item > a.md-search-result__link")
    results.first.wait_for()
    hrefs = {urlsplit(h).path for h in results.evaluate_all("els => els.map(a => a.href)")}
    assert hrefs == {urlsplit(site_url + p).path for p in pages_with_term}, hrefs
    watch.check("search")


def test_palette_follows_the_system_and_toggles(site_url, session):
    page, watch = session

    def scheme():
        return page.locator("body").get_attribute("data-md-color-scheme")

    def toggle_until(wanted):
        for _ in range(3):
            page.locator("form[data-md-component=palette] label:visible").click()
            if scheme() == wanted:
                return
        pytest.fail(f"the palette toggle never reached {wanted!r}", pytrace=False)

    page.emulate_media(color_scheme="dark")
    page.goto(site_url + SEARCH_PAGE)
    assert scheme() == "slate", "a system in dark mode should get the dark palette"
    page.emulate_media(color_scheme="light")
    page.reload()
    assert scheme() == "default"
    toggle_until("slate")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    toggle_until("default")
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") != background
    if os.environ.get("BROWSER_SCREENSHOTS"):
        shots = Path(os.environ["BROWSER_SCREENSHOTS"])
        shots.mkdir(parents=True, exist_ok=True)
        for name in ("light", "dark"):
            if name == "dark":
                toggle_until("slate")
            page.screenshot(path=str(shots / f"linear-{name}.png"), full_page=True)
        toggle_until("default")
    watch.check("palette")


def test_instant_navigation_keeps_the_page_alive(site_url, session):
    page, watch = session
    page.goto(site_url)
    page.evaluate("window.__stayed = true")
    page.locator(f"nav.md-nav--primary a.md-nav__link[href$='{SEARCH_PAGE}']").first.click()
    page.wait_for_url(site_url + SEARCH_PAGE)
    page.locator("article h1").wait_for()
    assert page.evaluate("window.__stayed === true"), "the click reloaded the page"
    watch.check("instant navigation")


def test_unknown_paths_get_the_404_page(site_url, session):
    page, watch = session
    missing = site_url + "no/such/page/"
    watch.expected_404.add(missing)
    response = page.goto(missing)
    assert response.status == 404
    assert page.locator("article h1").inner_text().strip() == "404 - Not found"
    page.wait_for_load_state("networkidle")
    watch.check("404 page")
