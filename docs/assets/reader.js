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
