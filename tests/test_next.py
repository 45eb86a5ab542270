"""A second torch's outputs (`<name>.torch-<version>.out`, recorded by `make outputs-next` where
they differ from the primary torch's, checked by `make test-next`): every one is shown to
readers beside the primary output, and every one is listed, with its reason, on the page of
that version's changes (inside_pytorch/versions.py renders both)."""

import functools
import re
from pathlib import Path

import markdown
import pytest
from bs4 import BeautifulSoup
from mkdocs.utils.meta import get_data

from inside_pytorch.layout import (ROOT, STAMP, pages, recorded_torch_version, rel,
                                   snippet_options)
from inside_pytorch.outputs import differing_parts, script_of, torch_variants, without_marks
from inside_pytorch.pages import includes, read_page
from inside_pytorch.versions import KINDS  # what a reason starts with
from inside_pytorch.versions import entry_id, readable
from test_browser import browser, site_url  # noqa: F401 (fixtures: Chromium, the served site)



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


def with_numbers(block):
    """A tab's text as its output printed it: printed source's line numbers, drawn in the
    margin from an attribute (inside_pytorch/markup.py), each in front of its line."""
    numbers = block.select(".output.numbered .linenos")
    if not numbers:
        return block.get_text()
    block = BeautifulSoup(str(block), "html.parser")
    for number in block.select(".output.numbered .linenos"):
        number.string = number.get("data-linenos", "")
    return block.get_text()


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


def build_label(version, stamp):
    """What a tab of `version` is labelled, the build as that torch's stamp names it: "torch
    2.13.0 · CPU build" from "(git `cf30153`, a CPU-only build)", "torch 2.14.1 · CUDA 13.0
    build" from "a CUDA 13.0 build"."""
    m = re.search(r"\(git `\w+`, an? ([^)]+) build\)", stamp.read_text(encoding="utf-8"))
    assert m, f"{rel(stamp)} names no build"
    return f"torch {version} · {m[1].replace('CPU-only', 'CPU')} build"


def torch_labels():
    """{None: the primary torch's tab label, version: each other torch's}."""
    return {None: build_label(recorded_torch_version().split("+")[0], STAMP),
            **{v: build_label(v, STAMP.with_name(f"stamp.torch-{v}.out"))
               for v in sorted({v for v, _ in torch_variants().values()})}}


def tab_sets(page):
    """[(labels, [each tab's block])] of a built page."""
    return [([label.get_text(strip=True) for label in tabs.select(".tabbed-labels > label")],
             tabs.select(".tabbed-content > .tabbed-block"))
            for tabs in parsed(page).select("div.tabbed-set")]


def test_pages_show_both_outputs_in_tabs(built_site):
    """Where an output differs, its page shows it in tabs, primary torch first: each tab is the
    output of the torch its label names, release and build as that torch's stamp says."""
    labels_of = torch_labels()
    primary = labels_of[None]
    problems, checked, shown = [], 0, {}
    for variant, (version, out) in torch_variants().items():
        for page, (section, before, after) in ((page, part) for page in pages()
                                               for part in differing_parts(out, variant)):
            if (out, section) not in {(path, s) for _, path, s in includes(page)}:
                continue
            if page not in shown:
                shown[page] = [(labels, [visible(with_numbers(block)) for block in blocks])
                               for labels, blocks in tab_sets(built_page(built_site, page))]
            for labels, blocks in shown[page]:
                if (labels[:1] == [primary] and labels_of[version] in labels
                        and shows(blocks[0], before)
                        and shows(blocks[labels.index(labels_of[version])], after)):
                    checked += 1
                    break
            else:
                problems.append(f"{rel(page)}: no tabs {primary!r} / {labels_of[version]!r} "
                                f"showing {out} and {variant}" + (f" (section {section})" if section else ""))
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
    if torch_variants():
        assert checked, "no variant is shown on any page"


def test_the_labels_name_each_build():
    """The labels come from the stamps: a CPU-only build and a CUDA build are told apart."""
    labels = torch_labels()
    assert labels[None].endswith(" · CPU build"), labels
    assert all(re.fullmatch(r"torch [0-9.]+ · [-.\w ]+ build", label)
               for label in labels.values()), labels
    assert len(set(labels.values())) == len(labels), labels


# -- why the tabs differ, and where they differ ---------------------------------------------------

def reason_problems(sets, entries):
    """Each torch tab set [(labels, [tab block])] opens every tab with its reason, a line
    `.variant-why` whose link goes to an entry on the changes page (`entries`: its ids)."""
    problems = []
    for labels, blocks in sets:
        if not labels or not labels[0].startswith("torch "):
            continue
        for label, block in zip(labels, blocks):
            why = block.select_one(":scope > p.variant-why")
            link = why.select_one("a[href*='#']") if why else None
            if link is None:
                problems.append(f"{' / '.join(labels)}: the tab {label!r} opens with no reason")
            elif link["href"].split("#", 1)[1] not in entries:
                problems.append(f"{' / '.join(labels)}: the reason links to "
                                f"#{link['href'].split('#', 1)[1]}, no entry of the changes page")
    return problems


def changes_entries(built_site):
    return {e["id"] for version, (page, _) in changes_pages(ROOT / "docs").items()
            for e in parsed(built_page(built_site, page)).select("[id^='out-']")}


def test_every_tab_set_says_why(built_site):
    entries = changes_entries(built_site)
    problems, checked = [], 0
    for page in pages():
        sets = tab_sets(built_page(built_site, page))
        checked += sum(1 for labels, _ in sets if labels and labels[0].startswith("torch "))
        problems += [f"{rel(page)}: {p}" for p in reason_problems(sets, entries)]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
    assert checked >= len(torch_variants()) - 1, f"only {checked} tab sets"  # the stamp has none


def tab_lines(block):
    """[(line, highlighted)] of the code in a tab; for an output that is Markdown, each list
    item or paragraph is a line (highlighted: it is in a `.variant-changed`)."""
    code = block.select_one("pre > code")
    if code is None:
        return [(visible(item.get_text()) + " "
                 + " ".join(a["href"] for a in item.select("a[href]")),
                 item.select_one(".variant-changed") is not None)
                for item in block.select("li, p:not(.variant-why)")]
    lines, text, marked = [], "", False
    for child in code.children:  # a highlighted line is one span.hll, its newline included
        hll = getattr(child, "name", None) == "span" and "hll" in child.get("class", [])
        *done, text_end = child.get_text().split("\n")
        for piece in done:
            lines.append((text + piece, marked or hll))
            text, marked = "", False
        text, marked = text + text_end, (marked or hll) if text_end else marked
    return lines + ([(text, marked)] if text else [])


def subsequence(part, whole):
    it = iter(whole)
    return all(any(line == other for other in it) for line in part)


def highlight_problems(sets):
    """In each tab set, a tab's lines that are not highlighted are all in the tab it is
    compared with (the one before it; the first: the second), in the same order: a line that
    differs is never left unmarked. And a tab set whose tabs differ marks something."""
    problems = []
    for labels, blocks in sets:
        if len(blocks) < 2:
            continue
        tabs = [tab_lines(block) for block in blocks]
        if len({tuple(line for line, _ in lines) for lines in tabs}) > 1 and \
                not any(marked for lines in tabs for _, marked in lines):
            problems.append(f"{' / '.join(labels)}: the tabs differ and nothing is highlighted")
        for n, lines in enumerate(tabs):
            other = [line for line, _ in tabs[1 if n == 0 else n - 1]]
            plain = [line for line, marked in lines if not marked]
            if not subsequence(plain, other):
                first = next((line for line in plain if line not in other), plain[:1])
                problems.append(f"{' / '.join(labels)}: the tab {labels[n]!r} has lines that "
                                f"differ and are not highlighted ({str(first)[:70]!r})")
    return problems


def test_differing_lines_are_highlighted(built_site):
    problems, checked = [], 0
    for page in pages():
        sets = tab_sets(built_page(built_site, page))
        checked += len(sets)
        problems += [f"{rel(page)}: {p}" for p in highlight_problems(sets)]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
    assert checked > len(torch_variants()), f"only {checked} tab sets"


def test_the_reason_and_highlight_checks_can_fail(built_site):
    """A real tab set passes; changed so that a tab differs in a line it does not highlight, or
    lost its reason or a highlight, it fails."""
    page = built_page(built_site, ROOT / "docs" / "cpp" / "dispatcher.md")
    html = page.read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "html.parser")
    sets = [(labels, blocks) for labels, blocks in
            [([label.get_text(strip=True) for label in t.select(".tabbed-labels > label")],
              t.select(".tabbed-content > .tabbed-block")) for t in soup.select("div.tabbed-set")]
            if blocks[0].select_one(".hll") is None and blocks[1].select_one(".hll")]
    assert sets, "no tab set on the dispatcher page whose second tab only adds a line"
    entries = changes_entries(built_site)
    assert not highlight_problems(sets[:1]) and not reason_problems(sets[:1], entries)
    labels, (first, second) = sets[0]
    # a line of the second tab that is not highlighted, changed
    plain = next(s for s in second.select_one("pre > code").find_all(string=True, recursive=False)
                 if s.strip())
    plain.replace_with(plain.replace("aten", "atem", 1))
    assert "differ and are not highlighted" in " ".join(highlight_problems(sets[:1]))
    # the highlight taken away: the added line is then an unmarked difference
    soup = BeautifulSoup(html, "html.parser")
    tabs = next(t for t in soup.select("div.tabbed-set") if t.select_one(".hll"))
    tabs.select_one(".hll").unwrap()
    broken = [([label.get_text(strip=True) for label in tabs.select(".tabbed-labels > label")],
               tabs.select(".tabbed-content > .tabbed-block"))]
    assert "not highlighted" in " ".join(highlight_problems(broken)), highlight_problems(broken)
    # the reason line taken away, or its link pointing at no entry
    why = broken[0][1][1].select_one("p.variant-why")
    why.select_one("a")["href"] = "../../torch-2.14/#out-gone"
    broken[0][1][0].select_one("p.variant-why").decompose()
    assert [p.split(": ", 1)[1][:20] for p in reason_problems(broken, entries)] == [
        "the tab 'torch 2.13.", "the reason links to "]


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


def entry(soup, out):
    """(the paragraph that gives an output's reason, its collapsed diff) on the changes page."""
    found = soup.find(id=entry_id(out))
    if found is None:
        return None, None
    if found.name == "details":  # its reason is the entry above's
        reason = found.find_previous_sibling(lambda e: e.name == "p" and e.select_one("[id^='out-']"))
        return reason, found
    return found.parent, found.parent.find_next_sibling("details")


def test_the_changes_page_lists_every_difference(built_site):
    """Each version's page lists every differing output: a diff from the primary output to the
    variant (as the reader sees it: an output that is Markdown as text and link targets), its
    reason, and a link to where it is shown."""
    problems = []
    changes = changes_pages(ROOT / "docs")
    stamp = rel(STAMP)
    for variant, (version, out) in torch_variants().items():
        page = changes[version][0]
        reason, diff = entry(parsed(built_page(built_site, page)), out)
        if reason is None or diff is None:
            problems.append(f"{rel(page)}: no entry for {out}")
            continue
        text = visible(diff.get_text())
        old, new = (without_marks((ROOT / p).read_text(encoding="utf-8")).splitlines()
                    for p in (out, variant))
        markdown = out == stamp or all(block.info is None for pg in pages()
                                       for block in read_page(pg)[0]
                                       for _, path, _ in block.includes if path == out)
        as_seen = (lambda line: readable(line)) if markdown else (lambda line: line)
        removed = [as_seen(line) for line in old if line not in new]
        added = [as_seen(line) for line in new if line not in old]
        if not all(visible(f"- {line}") in text for line in removed) or \
                not all(visible(f"+ {line}") in text for line in added):
            problems.append(f"{rel(page)}: the entry for {out} does not show its diff")
        if f"{script_of(out).as_posix()}" not in visible(diff.summary.get_text()):
            problems.append(f"{rel(page)}: the diff of {out} does not name its script")
        if not reason.select("a[href]"):
            problems.append(f"{rel(page)}: the entry for {out} links to no section")
        if "Not reviewed yet" in reason.get_text():
            problems.append(f"{rel(page)}: the entry for {out} gives no reason")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def changelog_problems(soup):
    """What makes a changes page read as a test report: two headings alike, a place named
    twice in one entry, Markdown's own marks (links, admonitions) in a diff."""
    problems = []
    headings = [visible(h.get_text()).rstrip("¶ ") for h in soup.select("article h1, article h2, "
                                                                        "article h3, article h4")]
    problems += [f"the heading {h!r} is there {headings.count(h)} times"
                 for h in dict.fromkeys(headings) if headings.count(h) > 1]
    for p in soup.select("article p"):
        links = [(a.get_text(), a["href"]) for a in p.select("a[href]")]
        problems += [f"{visible(p.get_text())[:50]!r} names {t!r} {links.count((t, h))} times"
                     for t, h in dict.fromkeys(links) if links.count((t, h)) > 1]
    for diff in soup.select("article details.variant-diff .variant-lines"):
        if re.search(r"\]\([^)\s]+\)|^[-+] +!!! ", diff.get_text(), re.M):  # a link, an admonition
            problems.append(f"{visible(diff.get_text())[:50]!r}: Markdown in a diff")
    return problems


def test_the_changes_page_reads_as_a_changelog(built_site):
    problems = []
    for version, (page, _) in changes_pages(ROOT / "docs").items():
        soup = parsed(built_page(built_site, page))
        problems += [f"{rel(page)}: {p}" for p in changelog_problems(soup)]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_the_changelog_check_can_fail():
    """The page as it was: snippet paths as headings, a section named once per include, a raw
    Markdown diff."""
    soup = BeautifulSoup(
        "<article><h2>Overview</h2><h3>snippets/x.out</h3><h2>Overview</h2>"
        "<p>Shown in <a href='a/#s'>F › F</a>, <a href='a/#s'>F › F</a>.</p>"
        "<details class='variant-diff'><div class='variant-lines'>- [`x`](https://github.com/a/b)"
        "</div></details>"
        "</article>", "html.parser")
    found = changelog_problems(soup)
    assert len(found) == 3 and "'Overview' is there 2 times" in found[0] and \
        "names 'F › F' 2 times" in found[1] and "Markdown in a diff" in found[2], found


# -- the changes page in Chromium ------------------------------------------------------------------
# Its diffs wrap within their frame (reader.css): no code block runs past it, at a desktop's
# width or a phone's (the page's diffs, as code blocks of their own, once did: 20 of 29 at
# 1280 px); anything else wider than its frame scrolls inside it. Every diff is opened first.
OVERRUN = """() => {
  document.querySelectorAll("article details").forEach(d => d.open = true);
  const found = [];
  const what = e => e.tagName.toLowerCase() + ": "
                    + e.textContent.trim().replace(/\\s+/g, " ").slice(0, 50);
  const size = e => `(${e.scrollWidth} px in ${e.clientWidth})`;
  for (const e of document.querySelectorAll("article, article *")) {
    if (!e.clientWidth || e.scrollWidth <= e.clientWidth + 1) continue;
    if (e.closest("pre, .variant-lines")) found.push(`${what(e)} runs past its frame ${size(e)}`);
    else if (!/auto|scroll/.test(getComputedStyle(e).overflowX)) found.push(`${what(e)} is cut off ${size(e)}`);
  }
  return found;
}"""


def overrun_problems(page, url, widths=(1280, 390)):
    problems = []
    for width in widths:
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(url, wait_until="load")
        problems += [f"{width} px: {p}" for p in page.evaluate(OVERRUN)]
    return problems


def test_the_changes_page_fits_its_frames(built_site, site_url, browser):
    context = browser.new_context()
    page = context.new_page()
    problems = []
    for version, (changes, _) in changes_pages(ROOT / "docs").items():
        url = site_url + rel_to(built_page(built_site, changes).parent, built_site) + "/"
        problems += [f"{rel(changes)}: {p}" for p in overrun_problems(page, url)]
        assert page.locator("article details.variant-diff").count() >= len(torch_variants()) - 1
    context.close()
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_the_fit_check_can_fail(built_site, site_url, browser):
    """The diffs as code blocks of their own lines (no wrap: what the page had), and headings
    wider than the page's column, which cuts them off, are found."""
    context = browser.new_context()
    page = context.new_page()
    url = site_url + "torch-2.14/"
    page.route(url, lambda route: route.fulfill(
        response=route.fetch(), body=route.fetch().text().replace(
            "</head>", "<style>.md-typeset .variant-diff .variant-lines { white-space: pre; }"
                       ".md-typeset h2 { min-width: 1500px; }</style></head>")))
    found = overrun_problems(page, url, widths=(1280,))
    context.close()
    assert any("runs past its frame" in p for p in found) and \
        any("cut off" in p for p in found), found


# Material links tab sets by their labels' text (content.tabs.link): picking the second torch in
# one output's tabs picks it in every tab set labelled the same.
PICK_SECOND = """() => {
  const sets = [...document.querySelectorAll("article .tabbed-set")]
    .filter(s => s.querySelector(".tabbed-labels > label").textContent.startsWith("torch "));
  sets[0].querySelectorAll(".tabbed-labels > label")[1].click();
  return sets.map(s => [...s.querySelectorAll(":scope > input")].findIndex(i => i.checked));
}"""


def test_picking_a_torch_picks_it_everywhere(site_url, browser):
    """And a tab set whose label reads otherwise (the last, relabelled "torch 2.14.1" as the
    labels once were) is left as it was: the check sees a label that breaks the link."""
    context = browser.new_context()
    page = context.new_page()
    url = site_url + "pdb/into-torch/"
    page.goto(url, wait_until="load")
    picked = page.evaluate(PICK_SECOND)
    labels = torch_labels()
    second = labels[sorted(v for v in labels if v)[-1]]

    def relabel(route):
        body = route.fetch().text()
        at = body.rindex(f">{second}</label>")
        route.fulfill(response=route.fetch(),
                      body=body[:at] + ">torch x</label>" + body[at + len(second) + 10:])
    page.route(url, relabel)
    page.goto(url, wait_until="load")
    unlinked = page.evaluate(PICK_SECOND)
    context.close()
    assert len(picked) >= 2 and set(picked) == {1}, picked
    assert unlinked[-1] == 0 and set(unlinked[:-1]) == {1}, unlinked
