// Lighthouse scores for every page of a built site, against the machine's Chromium: `make audit`.
//
//   node audit.mjs <site-dir>     (CHROME_PATH picks the browser; default /usr/bin/chromium)
//
// Serves <site-dir> on 127.0.0.1 under site_url's path, gzipped as GitHub Pages serves it, then
// runs Lighthouse on each page, the 404 page included, AUDIT_RUNS times (default 3), keeping the
// median run; AUDIT_PRESET=mobile (default) or desktop (see PRESET below). Prints one line per
// page and fails if any score is under its budget, listing the audits that cost the points.
// Requests that leave 127.0.0.1 fail it too, and so does any text axe-core finds under 4.5:1
// in the dark scheme (Lighthouse sees the light one only). AUDIT_PAGES=a/,b/ audits only those pages;
// AUDIT_DETAILS=1 prints where each page's main-thread time goes.
import { createServer } from "node:http";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { extname, join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import puppeteer from "puppeteer-core";

const LIGHTHOUSE = JSON.parse(readFileSync(new URL("node_modules/lighthouse/package.json", import.meta.url))).version;

const RUNS = Number(process.env.AUDIT_RUNS || 3);
// mobile: Lighthouse's default (4x CPU slowdown, slow 4G), what the budgets are checked with;
// a page within them on a phone is within them on a desktop. desktop: its desktop preset (no
// CPU slowdown, fast network), printed for comparison. On mobile, what costs a page its points
// is the main thread's work after the HTML arrives, and it grows with the page's element count:
// hence short pages, a sidebar pruned to the chapter (navigation.prune), Pygments' unstyled
// spans unwrapped (hooks/code.py), code blocks that mount as they come into view (content.lazy),
// notebook cells skipped until near the screen (reader.css), and no Material palette
// toggle (mounting it restyles every element several times; overrides/main.html has its own),
// and no search index until the page is drawn (it pulled 190 KB gzip into the simulated LCP;
// overrides/main.html says how it waits so that the simulation sees it wait).
const PRESET = process.env.AUDIT_PRESET || "mobile";
if (!["desktop", "mobile"].includes(PRESET)) throw new Error(`AUDIT_PRESET=${PRESET}: desktop or mobile`);
const BUDGETS = { performance: 0.95, accessibility: 1.0, "best-practices": 1.0, seo: 1.0 };
const CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const TYPES = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
  ".json": "application/json", ".xml": "application/xml", ".svg": "image/svg+xml",
  ".png": "image/png", ".ico": "image/x-icon", ".ipynb": "application/json", ".gz": "application/gzip" };
const COMPRESSED = new Set([".html", ".css", ".js", ".json", ".xml", ".svg", ".ipynb"]);

const site = resolve(process.argv[2] || "../site");
if (!existsSync(join(site, "index.html"))) {
  console.error(`no built site in ${site}: run mkdocs build first (make audit does)`);
  process.exit(2);
}
// site_url's path, read from the built sitemap: the site is served where it will be hosted.
const sitemap = readFileSync(join(site, "sitemap.xml"), "utf8");
const prefix = new URL(sitemap.match(/<loc>([^<]+)<\/loc>/)[1]).pathname;

// Each file is compressed once, as a host serves stored gzip, and not on every request, on the
// same cores as the page being measured.
const gzipped = new Map();
const gzipOnce = (file, body) => gzipped.get(file) || gzipped.set(file, gzipSync(body)).get(file);

function serve(req, res) {
  const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  let file = path.startsWith(prefix) ? join(site, path.slice(prefix.length)) : null;
  if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  const found = file && file.startsWith(site) && existsSync(file) && statSync(file).isFile();
  const status = found ? 200 : 404;
  file = found ? file : join(site, "404.html");
  let body = readFileSync(file);
  const headers = { "Content-Type": TYPES[extname(file)] || "application/octet-stream",
    "Cache-Control": "max-age=600" };  // what GitHub Pages sends
  if (COMPRESSED.has(extname(file)) && /\bgzip\b/.test(req.headers["accept-encoding"] || "")) {
    body = gzipOnce(file, body);
    headers["Content-Encoding"] = "gzip";
  }
  res.writeHead(status, headers);
  res.end(body);
}

function pages() {
  const found = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      const rel = relative(site, full);
      if (statSync(full).isDirectory()) {
        if (!["assets", "search"].includes(rel)) walk(full);
      } else if (name === "index.html") {
        found.push(rel === "index.html" ? "" : rel.slice(0, -"index.html".length));
      }
    }
  };
  walk(site);
  const all = [...found, "404.html"];
  return process.env.AUDIT_PAGES ? all.filter((p) => process.env.AUDIT_PAGES.split(",").includes(p)) : all;
}

const server = createServer(serve);
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const origin = `http://127.0.0.1:${server.address().port}`;
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || "/usr/bin/chromium", chromeFlags: CHROME_FLAGS });

// Lighthouse checks the light scheme only: axe-core's colour-contrast rule checks the dark one.
const AXE = readFileSync(new URL("node_modules/axe-core/axe.min.js", import.meta.url), "utf8");
const driver = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
async function darkContrast(url) {
  const tab = await driver.newPage();
  try {
    await tab.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "dark" }]);
    await tab.goto(url, { waitUntil: "networkidle0" });
    await tab.addScriptTag({ content: AXE });
    return await tab.evaluate(async () => {
      const scheme = document.body.dataset.mdColorScheme;
      const { violations } = await axe.run(document, { runOnly: ["color-contrast"] });
      return { scheme, nodes: violations.flatMap((v) => v.nodes.map((n) => n.failureSummary.split("\n").pop().trim()
        + " at " + n.target.join(" "))) };
    });
  } finally {
    await tab.close();
  }
}

const rows = [];
const failures = [];
try {
  for (const page of pages()) {
    const url = `${origin}${prefix}${page}`;
    // Performance varies from run to run on a shared machine: keep the median run, as
    // Lighthouse's own guidance and lighthouse-ci do (AUDIT_RUNS, default 3).
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const { lhr } = await lighthouse(url, {
        port: chrome.port, output: "json", logLevel: "error",
        onlyCategories: Object.keys(BUDGETS) }, PRESET === "desktop" ? desktopConfig : undefined);
      if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      runs.push(lhr);
    }
    runs.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
    const lhr = runs[Math.floor(runs.length / 2)];
    const requests = lhr.audits["network-requests"].details?.items ?? [];
    const outside = requests.filter((r) => !r.url.startsWith(origin) && !r.url.startsWith("data:"));
    const row = { page: prefix + page, requests: requests.length,
      bytes: lhr.audits["total-byte-weight"].numericValue,
      html: requests.find((r) => r.resourceType === "Document")?.transferSize ?? 0,
      lcp: lhr.audits["largest-contentful-paint"].numericValue,
      tbt: lhr.audits["total-blocking-time"].numericValue,
      cls: lhr.audits["cumulative-layout-shift"].numericValue };
    for (const [id, budget] of Object.entries(BUDGETS)) {
      const category = lhr.categories[id];
      row[id] = category.score;
      if (category.score === null || category.score < budget) {
        const lost = category.auditRefs
          .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
          .map((ref) => {
            const audit = lhr.audits[ref.id];
            const nodes = (audit.details?.items ?? []).map((i) => i.node?.snippet).filter(Boolean).slice(0, 3);
            return `${ref.id} (${audit.displayValue || audit.score})` + nodes.map((n) => `\n    ${n}`).join("");
          });
        failures.push(`${row.page}: ${id} ${category.score} < ${budget}: ${lost.join("; ")}`);
      }
    }
    if (process.env.AUDIT_DETAILS) {  // where the main thread's time goes, per page
      console.log(`  benchmarkIndex ${lhr.environment.benchmarkIndex}; warnings ${JSON.stringify(lhr.runWarnings)}`);
      for (const id of ["mainthread-work-breakdown", "bootup-time", "long-tasks", "render-blocking-resources"]) {
        const items = (lhr.audits[id].details?.items ?? []).slice(0, 5);
        console.log(`  ${id}: ${lhr.audits[id].displayValue ?? ""} ${JSON.stringify(items)}`);
      }
      // What the simulated paint times rest on: the times this run observed, and when each
      // request ended (a request that ends before the observed paint delays the simulated one).
      // Not the LCP element: with this Chromium, Lighthouse's TraceElements gatherer fails.
      const m = lhr.audits.metrics.details.items[0];
      console.log(`  observed: FCP ${m.observedFirstContentfulPaint} LCP ${m.observedLargestContentfulPaint} ` +
        `DCL ${m.observedDomContentLoaded} load ${m.observedLoad}`);
      for (const r of requests) console.log(`    ${r.url.replace(origin, "")} ${r.transferSize} B, ` +
        `${r.networkRequestTime?.toFixed(0)}-${r.networkEndTime?.toFixed(0)} ms`);
    }
    const dark = await darkContrast(url);
    row.dark = dark.nodes.length;
    if (dark.scheme !== "slate") failures.push(`${row.page}: the dark scheme did not apply (${dark.scheme})`);
    if (dark.nodes.length) failures.push(`${row.page}: dark scheme, ${dark.nodes.length} contrast failures:\n    `
      + [...new Set(dark.nodes)].slice(0, 5).join("\n    "));
    for (const r of outside) failures.push(`${row.page}: request outside the site: ${r.url}`);
    rows.push(row);
    printRow(row);
  }
} finally {
  await driver.disconnect();
  await chrome.kill();
  server.close();
}

function printRow(r) {
  if (rows.length === 1) {
    console.log(["page".padEnd(36), "perf", "a11y", "best", "seo ", "reqs", "KB sent", "HTML KB", "LCP ms", "TBT ms", "CLS", "dark contrast"].join("  "));
  }
  const f = (x) => (x === null ? " n/a" : x.toFixed(2));
  console.log([r.page.padEnd(36), f(r.performance), f(r.accessibility), f(r["best-practices"]), f(r.seo),
    String(r.requests).padStart(4), (r.bytes / 1024).toFixed(1).padStart(7), (r.html / 1024).toFixed(1).padStart(7),
    r.lcp.toFixed(0).padStart(6), r.tbt.toFixed(0).padStart(6), r.cls.toFixed(3),
    r.dark ? `${r.dark} fail` : "ok"].join("  "));
}

console.log(`budgets: performance >= ${BUDGETS.performance}, accessibility >= ${BUDGETS.accessibility}, ` +
  `best practices >= ${BUDGETS["best-practices"]}, SEO >= ${BUDGETS.seo} (Lighthouse ${LIGHTHOUSE}, ${PRESET} preset, ` +
  `gzip as GitHub Pages serves, median of ${RUNS} runs; KB sent = what the page transferred)`);
if (failures.length) {
  console.log(`\n${failures.length} over budget:\n${failures.join("\n")}`);
  process.exit(1);
}
console.log(`${rows.length} pages within budget`);
