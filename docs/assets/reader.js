// Material's search panel has role="dialog" but no name; screen readers announce it by this one
// (axe aria-dialog-name). The panel lives in the header, which instant navigation keeps.
document.querySelector(".md-search[role=dialog]")?.setAttribute("aria-label", "Search");

// A figure wider than a small phone's screen scrolls sideways (reader.css); a keyboard can scroll
// it only if it takes focus (axe scrollable-region-focusable). Every page, as instant navigation
// loads it (Material's document$), and on every resize.
function focusableFigures() {
  for (const figure of document.querySelectorAll("figure.diagram")) {
    if (figure.scrollWidth > figure.clientWidth) figure.setAttribute("tabindex", "0");
    else figure.removeAttribute("tabindex");
  }
}
if (window.document$) window.document$.subscribe(focusableFigures);
window.addEventListener("resize", focusableFigures);

// Text pasted into the search box is taken as words, not as search syntax. Material reads a
// double-quoted part as words that must all be present, and lunr a word that starts with + or -
// as required or excluded, and a word that ends in a colon as a field name (`KeyError:` was
// left out of the search): a pasted error message with the reader's own key names in quotes
// (`Missing key(s) in state_dict: "3.weight"`) or a -1 in it found nothing. Quotes, those colons
// and leading signs become spaces, and so do numbers and letters standing alone (the reader's own
// sizes, the s of `key(s)`: each typed term also finds every word it begins, so `3` found every
// page about Python 3.12 and `s` most pages). What is left goes in as its terms, each once: the
// search ran every repeated term again, and isin()'s 466-character message (71 words, 34 of them
// different) listed its results 5.7 s after the paste; the search runs as on typing.
document.addEventListener("paste", (event) => {
  const box = event.target;
  if (!box.matches?.("[data-md-component=search-query]")) return;
  const text = event.clipboardData?.getData("text/plain");
  if (!text) return;
  event.preventDefault();
  const words = text.replace(/["\u201c\u201d]|:(?=\s|$)/g, " ").replace(/(^|\s)[+-]+(?=\S)/g, "$1")
    .replace(/(^|[\s\[(,])-?\d+(?:\.\d+)?(?=$|[\s\]),.:;-])/g, "$1")
    .replace(/(^|[^\w.])[A-Za-z\\](?![\w.])/g, "$1 ");
  const seen = new Set(), terms = [];
  for (const term of words.split(/[^\p{L}\p{N}_.]+/u)) {
    const bare = term.replace(/^\.+|\.+$/g, ""), key = bare.toLowerCase();
    if (bare && !seen.has(key)) { seen.add(key); terms.push(bare); }
  }
  box.setRangeText(terms.join(" "), box.selectionStart, box.selectionEnd, "end");
  box.dispatchEvent(new Event("input", { bubbles: true }));
});
