// Material's search panel has role="dialog" but no name; screen readers announce it by this one
// (axe aria-dialog-name). The panel lives in the header, which instant navigation keeps.
document.querySelector(".md-search[role=dialog]")?.setAttribute("aria-label", "Search");
