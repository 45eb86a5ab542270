// The built site's search, without a browser: node tests/search_worker.js SITE [INDEX] < batch.json
// Loads SITE's own search worker (Material's assets/javascripts/workers/search.*.min.js) and sends
// it what the page sends: the index (SITE/search/search_index.json, or INDEX) as
// {config, docs, options: {suggest}}, then each query as typed. A batch is {"typed": [text, ...]}
// or {"pasted": [text, ...]}: a pasted text first goes through the paste handler of the site's own
// assets/reader.js, run here on a stand-in search box. Prints one JSON line per query: the query
// the worker got and its results in the order the search box lists them (each page, then its
// sections), each as [location, terms it matches, terms shown as "Missing:"].
const fs = require("fs"), path = require("path"), vm = require("vm");
const site = process.argv[2];
const indexFile = process.argv[3] || path.join(site, "search/search_index.json");
const batch = JSON.parse(fs.readFileSync(0, "utf8"));
const config = JSON.parse(fs.readFileSync(path.join(site, "index.html"), "utf8")
  .match(/<script id="__config" type="application\/json">(.*?)<\/script>/s)[1]);

// reader.js's paste handler: the page's file, with a document that hands it its listeners.
let onPaste;
const quiet = { querySelector: () => null, querySelectorAll: () => [], addEventListener() {} };
vm.runInNewContext(fs.readFileSync(path.join(site, "assets/reader.js"), "utf8"), {
  window: { addEventListener() {} }, Event: class {},
  document: { ...quiet, addEventListener: (type, fn) => { if (type === "paste") onPaste = fn; } },
});
function paste(text) {
  const box = { value: "", selectionStart: 0, selectionEnd: 0, matches: () => true,
                setRangeText(words) { this.value = words; }, dispatchEvent() {} };
  onPaste({ target: box, clipboardData: { getData: () => text }, preventDefault() {} });
  return box.value;
}

// The worker, as a browser runs it: it listens on self and answers with postMessage.
const dir = path.join(site, "assets/javascripts/workers");
let handler, answer;
const context = { addEventListener: (type, fn) => { handler = fn; }, postMessage: m => answer(m) };
context.self = context;
vm.runInNewContext(fs.readFileSync(path.join(dir, fs.readdirSync(dir).find(f => /^search\..*\.min\.js$/.test(f))), "utf8"),
  vm.createContext(Object.assign(context, { console, setTimeout, URL })));
const send = data => new Promise(r => { answer = r; handler({ data }); });

// Material's renderSearchResultItem: the page first (the doc without "#"), then its sections in
// the worker's order; "Missing:" is shown on sections, and on the page when it is listed first
// and none of its sections scores as high as the group's first.
function listed(group) {
  const docs = [...group], i = docs.findIndex(d => !d.location.includes("#"));
  const [article] = docs.splice(i, 1);
  let best = docs.findIndex(d => d.score < group[0].score);
  if (best === -1) best = docs.length;
  const hit = (d, teaser) => [d.location, Object.keys(d.terms).filter(t => d.terms[t]),
                              teaser ? Object.keys(d.terms).filter(t => !d.terms[t]) : []];
  return [hit(article, i === 0 && best === 0), ...docs.map(d => hit(d, true))];
}

(async () => {
  const index = JSON.parse(fs.readFileSync(indexFile, "utf8"));
  await send({ type: 0, data: { config: index.config, docs: index.docs,
                                options: { suggest: config.features.includes("search.suggest") } } });
  for (const text of batch.typed || batch.pasted) {
    const query = batch.pasted ? paste(text) : text;
    const { data } = await send({ type: 2, data: query });
    process.stdout.write(JSON.stringify({ query, results: data.items.map(listed) }) + "\n");
  }
})();
