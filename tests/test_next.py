"""A second torch's outputs (`<name>.torch-<version>.out`, recorded by `make outputs-next` where
they differ from the primary torch's, checked by `make test-next`): every one is shown to
readers beside the primary output, and every one is listed, with its reason, on the page of
that version's changes (inside_pytorch/versions.py renders both)."""

import functools
from pathlib import Path

import markdown
import pytest
from bs4 import BeautifulSoup
from mkdocs.utils.meta import get_data

from inside_pytorch.layout import ROOT, pages, recorded_torch_version, rel, snippet_options
from inside_pytorch.outputs import differing_parts, torch_variants, without_marks
from inside_pytorch.pages import includes
from inside_pytorch.versions import KINDS  # what a reason starts with



def rel_to(path, root):
    return Path(path).relative_to(root).as_posix()


def changes_pages(docs):
    """{version: (page, {primary path: reason})} from front matter `torch_changes:`."""
    found = {}
    for page in sorted(docs.rglob("*.md")):
        meta = get_data(page.read_text(encoding="utf-8"))[1].get("torch_changes")
        if isinstance(meta, dict):
            found[str(meta.get("version"))] = (page, meta.get("why") or {})
    return found


def variant_problems(root, docs, appended, primary):
    """What is wrong with the variants under root: each must belong to a shown primary output
    of another torch than the primary, and have its reason on its version's changes page."""
    shown = {path for page in sorted(docs.rglob("*.md")) for _, path, _ in includes(page)}
    shown |= set(appended)
    changes = changes_pages(docs)
    problems, reasons_needed = [], {}
    for variant, (version, out) in torch_variants(root).items():
        if version == (primary or "").split("+")[0]:
            problems.append(f"{variant}: torch {version} is the primary torch now; its outputs "
                            f"are the .out files: delete {variant}")
            continue
        elif not (root / out).exists():
            problems.append(f"{variant}: {out} does not exist (the primary torch prints "
                            f"nothing?); run `make outputs`, then `make outputs-next`")
        elif out not in shown:
            problems.append(f"{variant}: no page shows {out}, so no reader sees that torch "
                            f"{version} prints something else; include {out} in a page")
        reasons_needed.setdefault(version, set()).add(out)
    for version, outs in reasons_needed.items():
        if version not in changes:
            problems.append(f"torch {version}: no page lists its changes; add one like "
                            f"docs/torch-2.14.md, with `torch_changes: {{version: \"{version}\"}}`"
                            f" in its front matter")
            continue
        page, why = changes[version]
        for out in sorted(outs - set(why)):
            problems.append(f"{rel_to(page, root)}: no reason for {out} under torch {version}: "
                            f"read its diff on that page (`make serve`), then add "
                            f"`{out}: \"release: ...\"` (or build: or build and release:) under "
                            f"torch_changes.why")
        for out, reason in why.items():
            if out not in outs:
                problems.append(f"{rel_to(page, root)}: {out} prints the same under torch "
                                f"{version} (no variant): drop its reason")
            elif not any(str(reason).startswith(kind + ": ") for kind in KINDS):
                problems.append(f"{rel_to(page, root)}: the reason for {out} must start with "
                                f"one of {', '.join(k + ':' for k in KINDS)}")
    return problems


def test_every_variant_is_shown_and_has_its_reason():
    problems = variant_problems(ROOT, ROOT / "docs", snippet_options().get("auto_append", []),
                                recorded_torch_version())
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_the_variant_check_can_fail(tmp_path):
    """The check above passes on this repository; prove it catches what it is for."""
    (tmp_path / "snippets" / "x").mkdir(parents=True)
    (tmp_path / "docs").mkdir()
    for name in ("shown.out", "shown.torch-9.1.0.out", "hidden.out", "hidden.torch-9.1.0.out",
                 "empty.torch-9.1.0.out", "old.torch-2.13.0.out"):
        (tmp_path / "snippets" / "x" / name).write_text("x\n", encoding="utf-8")
    (tmp_path / "docs" / "page.md").write_text('# P\n\n--8<-- "snippets/x/shown.out"\n',
                                               encoding="utf-8")
    (tmp_path / "docs" / "torch-9.1.md").write_text(
        '---\ntorch_changes:\n  version: "9.1.0"\n  why:\n    snippets/x/shown.out: "why: no"\n'
        '    snippets/x/gone.out: "release: gone"\n---\n# T\n', encoding="utf-8")
    found = [(where, " ".join(what.split()[:3])) for where, what in
             (p.split(": ", 1) for p in variant_problems(tmp_path, tmp_path / "docs", [],
                                                           "2.13.0+cpu"))]
    assert found == [
        ("snippets/x/empty.torch-9.1.0.out", "snippets/x/empty.out does not"),
        ("snippets/x/hidden.torch-9.1.0.out", "no page shows"),
        ("snippets/x/old.torch-2.13.0.out", "torch 2.13.0 is"),
        ("docs/torch-9.1.md", "no reason for"),
        ("docs/torch-9.1.md", "no reason for"),
        ("docs/torch-9.1.md", "the reason for"),
        ("docs/torch-9.1.md", "snippets/x/gone.out prints the"),
    ], found


# -- what the reader sees ---------------------------------------------------------------------

def visible(text):
    return " ".join(text.split())


def shows(seen, text):
    """Does this text of a built page show this output (as code, or as Markdown)?"""
    return visible(text) in seen or \
        visible(BeautifulSoup(markdown.markdown(text), "html.parser").get_text()) in seen


@functools.lru_cache(maxsize=None)
def parsed(path):
    """A built page, parsed once for every test here that reads it."""
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def built_page(site, page):
    """The HTML file of a docs/ page."""
    name = rel_to(page, ROOT / "docs")[:-3]
    return site / ("index.html" if name == "index" else f"{name}/index.html")


def test_pages_show_both_outputs_in_tabs(built_site):
    """Where an output differs, its page shows it in tabs, primary torch first: each tab is the
    output of the torch its label names."""
    primary = "torch " + recorded_torch_version().split("+")[0]
    problems, checked, tab_sets = [], 0, {}
    for variant, (version, out) in torch_variants().items():
        for page, (section, before, after) in ((page, part) for page in pages()
                                               for part in differing_parts(out, variant)):
            if (out, section) not in {(path, s) for _, path, s in includes(page)}:
                continue
            if page not in tab_sets:
                soup = parsed(built_page(built_site, page))
                tab_sets[page] = [([label.get_text(strip=True)
                                    for label in tabs.select(".tabbed-labels > label")],
                                   [visible(block.get_text()) for block in
                                    tabs.select(".tabbed-content > .tabbed-block")])
                                  for tabs in soup.select("div.tabbed-set")]
            for labels, blocks in tab_sets[page]:
                if (labels[:1] == [primary] and f"torch {version}" in labels
                        and shows(blocks[0], before)
                        and shows(blocks[labels.index(f"torch {version}")], after)):
                    checked += 1
                    break
            else:
                problems.append(f"{rel(page)}: no tabs {primary!r} / 'torch {version}' showing "
                                f"{out} and {variant}" + (f" (section {section})" if section else ""))
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
    if torch_variants():
        assert checked, "no variant is shown on any page"


def test_the_stamp_names_both_torches(built_site):
    """The note on every page names every torch checked, and a page that shows differing
    outputs links to their sections."""
    versions = sorted({v for v, _ in torch_variants().values()})
    problems = []
    for page in pages():
        soup = parsed(built_page(built_site, page))
        stamp = soup.select("div.admonition.info")[-1]
        title = stamp.select_one(".admonition-title").get_text()
        missing = [v for v in versions if f" {v}" not in title]
        if missing:
            problems.append(f"{rel(page)}: the stamp {title!r} does not name torch {missing}")
        differ = [out for _, out in torch_variants().values()
                  if out in {path for _, path, _ in includes(page)}]
        if differ and not stamp.select('a[href^="#"]'):
            problems.append(f"{rel(page)}: the stamp does not link to the {len(differ)} "
                            f"differing outputs of the page")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_the_changes_page_lists_every_difference(built_site):
    """Each version's page lists every differing output: its path, a diff from the primary
    output to the variant, and a link to where it is shown."""
    problems = []
    changes = changes_pages(ROOT / "docs")
    for variant, (version, out) in torch_variants().items():
        page = changes[version][0]
        soup = parsed(built_page(built_site, page))
        heading = next((h for h in soup.select("h3") if h.get_text(strip=True).rstrip("¶") == out),
                       None)
        if heading is None:
            problems.append(f"{rel(page)}: no entry for {out}")
            continue
        entry = []
        for sibling in heading.find_next_siblings():
            if sibling.name in ("h2", "h3"):
                break
            entry.append(sibling)
        text = visible("\n".join(e.get_text() for e in entry))  # Markdown expands tabs
        old, new = (without_marks((ROOT / p).read_text(encoding="utf-8")).splitlines()
                    for p in (out, variant))
        removed = [line for line in old if line not in new]
        added = [line for line in new if line not in old]
        if not all(visible(f"-{line}") in text for line in removed) or \
                not all(visible(f"+{line}") in text for line in added):
            problems.append(f"{rel(page)}: the entry for {out} does not show its diff")
        if not any(e.select("a[href]") for e in entry):
            problems.append(f"{rel(page)}: the entry for {out} links to no section")
        if "Not reviewed yet" in text:
            problems.append(f"{rel(page)}: the entry for {out} gives no reason")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
