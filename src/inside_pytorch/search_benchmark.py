"""How soon a reader on a phone gets search results, and what the search index weighs.

    make bench-search      (or: .venv/bin/python -m inside_pytorch.search_benchmark [site-dir])

Serves the built site (default site/) on 127.0.0.1, gzipped as GitHub Pages serves it, and
drives the machine's Chromium (CHROME_PATH, else /usr/bin/chromium) as a 390x844 touch phone
under Lighthouse's mobile throttling, applied through DevTools as its "devtools" throttling does:
Slow 4G (562.5 ms latency, 1474.56 kbps down, 675 kbps up) and a 4x slower CPU. On each page a
reader taps the search icon 1 s after the load event and types WORD, a key every KEY_DELAY ms;
the figures are the median of RUNS runs, each in a fresh profile (nothing cached). Times are the
page's own clock (performance.now(), from the navigation's start); "results" is the frame that
draws the first result for the whole word (the answer to the query the worker got for it).
DevTools cannot slow a worker's CPU (only a page's), so Lunr's indexing in Material's search
worker runs at this machine's speed: "ready" is early by that much on a real phone.
Prints figures; asserts nothing, so it is not a timed test.
"""

import functools
import gzip
import http.server
import os
import statistics
import sys
import threading
from pathlib import Path
from urllib.parse import unquote, urlsplit

from inside_pytorch.layout import ROOT, mkdocs_config

PAGES = ["", "cpp/questions/", "module/state-dict/"]  # the home page, a long page, a short one
WORD = "register_buffer"
# ms between keystrokes: a brisk thumb (a phone's average is nearer 300 ms); the quicker the
# typing, the less of the index's loading it hides. SEARCH_BENCH_KEY_DELAY sets another.
KEY_DELAY = int(os.environ.get("SEARCH_BENCH_KEY_DELAY", 100))
RUNS = 3
# Lighthouse 12's mobile throttling (its constants.js: throttling.mobileSlow4G), as DevTools
# throttling applies it: latency 150 ms x 3.75, throughput 1.6 Mbps x 0.9 down, 750 kbps x 0.9 up.
NETWORK = {"offline": False, "latency": 562.5,
           "downloadThroughput": 1474.56 * 1024 / 8, "uploadThroughput": 675 * 1024 / 8}
CPU_SLOWDOWN = 4
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 3,
         "is_mobile": True, "has_touch": True}
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
INDEX = "search/search_index.json"

# Records, on the page's clock, the tap on the search icon, every keystroke in the box, and the
# search worker's messages: Material posts it the index (SETUP, 0), it answers READY (1), then
# each query (QUERY, 2, its text) gets one RESULT (3), in order. A result is drawn in the
# frame after its message (Material appends the first ten items in the message's own task).
INSTRUMENT = """(() => {
  const b = window.__bench = { keys: [], queries: [], results: [] };
  addEventListener("pointerdown", e => {
    if (b.tap === undefined && e.target.closest("label[for=__search]")) b.tap = e.timeStamp;
  }, true);
  addEventListener("keydown", e => {
    if (e.target.matches && e.target.matches("[data-md-component=search-query]")) b.keys.push(e.timeStamp);
  }, true);
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", e => {
        if (e.data.type === 1) b.ready = performance.now();
        if (e.data.type !== 3) return;
        const result = { items: e.data.data.items.length };
        b.results.push(result);
        requestAnimationFrame(t => { result.drawn = t; });
      });
    }
    postMessage(message, ...rest) {
      if (message.type === 2) b.queries.push(message.data);
      return super.postMessage(message, ...rest);
    }
  };
})();"""

# The run's figures, once the result for the whole word is drawn (else null: keep waiting).
FIGURES = """([word, index]) => {
  const b = window.__bench, i = b.queries.lastIndexOf(word), result = b.results[i];
  if (i < 0 || !result || result.drawn === undefined) return null;
  const nav = performance.getEntriesByType("navigation")[0];
  const asked = performance.getEntriesByType("resource").find(e => e.name.endsWith(index));
  return { load: nav.loadEventEnd, asked: asked && asked.startTime, arrived: asked && asked.responseEnd,
           ready: b.ready, tap: b.tap, last_key: b.keys[b.keys.length - 1],
           drawn: result.drawn, items: result.items,
           gzipped: asked && asked.encodedBodySize, raw: asked && asked.decodedBodySize };
}"""


@functools.cache
def compressed(path):
    """A file's bytes gzipped, once: a host serves stored gzip, not compressed per request."""
    return gzip.compress(Path(path).read_bytes(), compresslevel=6)


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """The site under `prefix`, text gzipped once per file as GitHub Pages sends it."""

    prefix = "/"
    COMPRESSED = {".html", ".css", ".js", ".json", ".xml", ".svg"}

    def do_GET(self):
        path = unquote(urlsplit(self.path).path)
        file = Path(self.directory) / path[len(self.prefix):] if path.startswith(self.prefix) else None
        if file and file.is_dir():
            file = file / "index.html"
        status = 200 if file and file.is_file() else 404
        file = file if status == 200 else Path(self.directory) / "404.html"
        gzipped = file.suffix in self.COMPRESSED and "gzip" in self.headers.get("Accept-Encoding", "")
        body = compressed(file) if gzipped else file.read_bytes()
        self.send_response(status)
        self.send_header("Content-Type", self.guess_type(str(file)))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def serve(site):
    """The site on a free port of 127.0.0.1, under site_url's path: (server, its URL)."""
    prefix = urlsplit(mkdocs_config()["site_url"]).path or "/"
    handler = functools.partial(type("Handler", (GzipHandler,), {"prefix": prefix}), directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}{prefix}"


def one_run(browser, url):
    context = browser.new_context(**PHONE)
    try:
        context.add_init_script(INSTRUMENT)
        page = context.new_page()
        page.set_default_timeout(60_000)
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.emulateNetworkConditions", NETWORK)
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
        page.goto(url, wait_until="load")
        page.wait_for_timeout(1000)
        page.locator("label.md-header__button[for=__search]").tap()
        page.locator("input.md-search__input").press_sequentially(WORD, delay=KEY_DELAY)
        figures = page.wait_for_function(FIGURES, arg=[WORD, INDEX]).json_value()
        if not figures["items"]:
            raise SystemExit(f"{url}: no result for {WORD!r}")
        return figures
    finally:
        context.close()


def main():
    site = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "site").resolve()
    if not (site / INDEX).is_file():
        raise SystemExit(f"no built site with a search index in {site}: run make build first")
    executable = os.environ.get("CHROME_PATH") or "/usr/bin/chromium"
    from playwright.sync_api import sync_playwright

    server, origin = serve(site)
    rows = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
            for path in PAGES:
                runs = [one_run(browser, origin + path) for _ in range(RUNS)]
                rows.append((path or "(home)", runs))
            browser.close()
    finally:
        server.shutdown()

    def median(runs, f):
        values = [f(r) for r in runs]
        return None if None in values else statistics.median(values)

    columns = {  # seconds on the page's clock; the median of the runs, column by column
        "load": lambda r: r["load"],
        "index asked": lambda r: r["asked"],
        "index in": lambda r: r["arrived"],
        "ready": lambda r: r["ready"],
        "tap": lambda r: r["tap"],
        "last key": lambda r: r["last_key"],
        "results": lambda r: r["drawn"],
        "tap -> results": lambda r: r["drawn"] - r["tap"],
        "last key -> results": lambda r: r["drawn"] - r["last_key"],
    }
    print(f"{WORD!r} typed on a 390x844 phone, Slow 4G + 4x CPU (Lighthouse's mobile throttling), "
          f"tap 1 s after load, a key every {KEY_DELAY} ms; seconds from navigation, median of {RUNS}")
    print("page".ljust(22) + "".join(name.rjust(len(name) + 2) for name in columns))
    for name, runs in rows:
        cells = []
        for column, f in columns.items():
            value = median(runs, f)
            cells.append(("-" if value is None else f"{value / 1000:.2f}").rjust(len(column) + 2))
        print(name.ljust(22) + "".join(cells))
    first = rows[0][1][0]  # what the browser got for the index: gzipped, and once unpacked
    print(f"search index: {first['gzipped'] / 1024:.0f} KiB sent gzipped, {first['raw'] / 1024:.0f} KiB raw")


if __name__ == "__main__":
    main()
