"""What pages may contain: every code block is a snippet include, every snippet is shown."""

import functools
import re
from pathlib import Path

import pytest

from inside_pytorch.commands import is_debugger_target, terminal_reason
from inside_pytorch.layout import (ROOT, SNIPPETS, chapters, pages, rel, snippet_options,
                                   snippet_scripts)
from inside_pytorch.markdown_docs import SnippetExpandingMarkdownIt
from inside_pytorch.markup import NUMBERED, SOURCE_FILE, numbered_lines
from inside_pytorch.outputs import (output_sections, python_variant, pythons_of, script_of,
                                    variant_of, without_marks)
from inside_pytorch.pages import INCLUDE, fenced_blocks, heading_ids, includes, read_page
from inside_pytorch.recording import find_python


def code_block_problems(page):
    problems = []
    for line, indent, body in fenced_blocks(page):
        if indent:
            problems.append(f"{rel(page)}:{line}: indented code block (in an admonition or "
                            f"tab?); keep code blocks at the top level, where the tests see them")
        if not any(text.strip() for text in body):
            problems.append(f"{rel(page)}:{line}: empty code block")
        for offset, text in enumerate(body, start=1):
            if text.strip() and not INCLUDE.match(text):
                problems.append(f"{rel(page)}:{line + offset}: code typed into the page; put it "
                                f"in snippets/<chapter>/<name>.py and include it with "
                                f'--8<-- "snippets/<chapter>/<name>.py"')
                break
    return problems


@pytest.mark.parametrize("page", pages(), ids=rel)
def test_code_blocks_are_snippet_includes(page):
    problems = code_block_problems(page)
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_the_code_block_check_can_fail(tmp_path):
    """The check above passes on every page; prove it would catch what it is for."""
    page = tmp_path / "page.md"
    page.write_text('# T\n\n```python title="ok"\n--8<-- "snippets/linear/shapes.py"\n```\n\n'
                    '````text\n--8<-- "snippets/linear/shapes.out"\nprint("typed")\n````\n\n'
                    '!!! note\n    ```python\n    --8<-- "snippets/linear/shapes.py"\n    ```\n'
                    '\n```\n```\n', encoding="utf-8")
    found = [problem.split(": ", 1) for problem in code_block_problems(page)]
    assert [(where.rsplit(":", 1)[1], what.split(";")[0]) for where, what in found] == [
        ("9", "code typed into the page"),
        ("13", "indented code block (in an admonition or tab?)"),
        ("17", "empty code block")]


@pytest.mark.parametrize("page", pages(), ids=rel)
def test_includes_name_existing_files_and_sections(page):
    problems = []
    for line, path, section in includes(page):
        where = f"{rel(page)}:{line}"
        if not path.startswith(("snippets/", "docs/assets/")):
            problems.append(f"{where}: {path} is outside snippets/ and docs/assets/")
        elif not (ROOT / path).is_file():
            problems.append(f"{where}: {path} does not exist")
        elif section is not None:
            if re.fullmatch(r"[-0-9:,]+", section):
                problems.append(f"{where}: {path}:{section} is a line range; mark a section "
                                f"with # --8<-- [start:name] / [end:name] and include {path}:name")
            elif f"[start:{section}]" not in (ROOT / path).read_text(encoding="utf-8"):
                problems.append(f"{where}: {path} has no section [start:{section}]")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def shown_files():
    """Every file a reader sees: page includes and the snippets appended to every page."""
    appended = snippet_options().get("auto_append", [])
    return {path for page in pages() for _, path, _ in includes(page)} | set(appended)


def test_every_snippet_file_is_shown_and_paired():
    """A .out (recorded output) or .pdb (debugger input) belongs to a script beside it; every
    file but a .pdb (its commands show in the session's transcript) is on some page."""
    shown = shown_files()
    problems = []
    for path in sorted(p for p in SNIPPETS.rglob("*") if p.is_file()):
        if "__pycache__" in path.parts:
            continue
        name = rel(path)
        script = script_of(path)
        if path.suffix in (".out", ".pdb") and not script.exists():
            problems.append(f"{name}: no {rel(script)} produces it; delete it or add the script")
        elif (path.suffix != ".pdb" and name not in shown  # a second torch's outputs: not yet
              and not (variant_of(path) or "").startswith("torch-")):
            problems.append(f"{name}: no page includes it (orphan); include it in a page under "
                            f"docs/ or delete it")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)



CODE_WIDTH = 79  # what a code block shows at the theme's default width without scrolling


def test_snippet_code_fits_the_code_block():
    problems = [f"{rel(path)}:{number}: {len(line)} characters; a code block shows "
                f"{CODE_WIDTH} without scrolling sideways: wrap the line"
                for path in sorted(SNIPPETS.rglob("*"))
                if path.is_file() and path.suffix not in (".out", ".pdb")
                and "__pycache__" not in path.parts
                for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if len(line) > CODE_WIDTH]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


# Phrases that speak about how the site was made instead of to the reader about their torch.
BACKSTAGE = re.compile(r"the notes\b|grew from|this machine|downloaded here|cannot be downloaded|"
                       r"replayed here|at the time of writing", re.IGNORECASE)


def backstage_problems(paths):
    return [f"{rel(path)}:{number}: {m[0]!r} speaks about how the site was made; say what it "
            f"means for the reader and their torch"
            for path in paths
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            for m in [BACKSTAGE.search(line)] if m]


# A `<word` in a heading, outside backticks, is raw HTML to Markdown: an element that is never
# closed, which swallows the section's text into the heading (in the search index, every
# pasted error then landed on that heading).
RAW_TAG = re.compile(r"<[A-Za-z/!]")


def heading_tag_problems(page_text, name):
    return [f"{name}:{n}: a heading with raw HTML ({line.strip()!r}): write <...> as &lt;...&gt; "
            f"or inside backticks" for n, line in enumerate(page_text.splitlines(), 1)
            if line.startswith("#") and RAW_TAG.search(re.sub(r"`[^`]*`", "", line))]


def test_headings_hold_no_raw_html():
    problems = [p for page in pages()
                for p in heading_tag_problems(page.read_text(encoding="utf-8"), rel(page))]
    assert not problems, "\n".join(problems)


def test_the_heading_html_check_can_fail():
    text = "## No module named '<extension>'\n## `<eval_with_key>` ok\n## a &lt;b&gt; ok\n"
    assert heading_tag_problems(text, "p.md") == [
        "p.md:1: a heading with raw HTML (\"## No module named '<extension>'\"): write <...> as "
        "&lt;...&gt; or inside backticks"]


def test_pages_speak_to_the_reader():
    """Pages, and every snippet file they show, talk about the reader's torch, never about the
    notes the site started from, the machine it was built on or what could not be done there."""
    problems = backstage_problems([*pages(), *sorted(ROOT / p for p in shown_files())])
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_the_backstage_check_can_fail(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("# T\n\nThe notes list 17 names.\nThis machine has no GPU.\nFine.\n",
                    encoding="utf-8")
    assert [p.split(": ", 1)[0].rsplit(":", 1)[1] for p in backstage_problems([page])] == ["3", "4"]


def python_title_problems(page):
    """A block that shows a torch-free session's transcript (outputs.pythons_of) names in its
    title exactly the Pythons that print it: the primary `.out` is every declared Python's that
    has no `<name>.python-X.Y.out` of its own."""
    problems = []
    for block, (line, path, _) in ((b, i) for b in read_page(page)[0] for i in b.includes):
        if not path.endswith(".out") or not (ROOT / path).is_file():
            continue
        title = re.search(r'title="([^"]*)"', block.info or "")
        out = ROOT / path
        script = script_of(out)
        pythons = pythons_of(script) if script.exists() else []
        if not pythons:
            continue
        variant = variant_of(out)
        shows = ({variant.removeprefix("python-")} if variant else
                 {v for v in pythons if v == pythons[0] or not python_variant(script, v).exists()})
        named = set(re.findall(r"\b3\.[0-9]+\b", title[1] if title else ""))
        if named != shows:
            problems.append(f"{rel(page)}:{line + 1}: {path} is the transcript of Python "
                            f"{', '.join(sorted(shows))}; its block's title names "
                            f"{', '.join(sorted(named)) or 'none'}")
    return problems


@pytest.mark.parametrize("page", pages(), ids=rel)
def test_python_sessions_name_their_pythons(page):
    problems = python_title_problems(page)
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_the_python_title_check_can_fail(tmp_path):
    page = tmp_path / "page.md"
    page.write_text('# T\n\n```text title="Session: Python 3.11"\n'
                    '--8<-- "snippets/pdb/stop_line.out"\n```\n\n'
                    '```text title="Session: Python 3.13"\n'
                    '--8<-- "snippets/pdb/stop_line.python-3.13.out"\n```\n\n'
                    '```text\n--8<-- "snippets/pdb/stop_line.python-3.13.out"\n```\n',
                    encoding="utf-8")
    found = [p.split(": ", 1)[0].rsplit(":", 1)[1] for p in python_title_problems(page)]
    assert found == ["4", "12"]  # 3.12 prints the primary transcript too; an untitled block


# The line that ends a pymdownx block (`/// details | ...` around a script, collapsed).
BLOCK_END = re.compile(r"^[ \t]*/{3,}[ \t]*$")


def units(page):
    """[(line number, [(path, section)], adjacent)] for each fenced block and each include line
    outside one, in page order; adjacent: only blank lines (or nothing) separate it from the
    one before, or the end of a block that holds it (an output under a collapsed script)."""
    lines = page.read_text(encoding="utf-8").splitlines()
    found, last_end = [], -1
    for block in read_page(page)[0]:
        adjacent = last_end >= 0 and not any(text.strip() and not BLOCK_END.match(text)
                                             for text in lines[last_end:block.start])
        found.append((block.start + 1, [(p, s) for _, p, s in block.includes], adjacent))
        last_end = block.end
    return found


def output_problems(page):
    """An output is read with its code: every included `.out` (or a section of one) stands
    right under the block that shows the code that printed it (only blank lines between;
    variants of one output may stand together), and a sectioned script's output is included
    section by section, never whole. A block of code whose part printed something has that
    output right under it (a debugger session's script: its transcript)."""
    found = units(page)
    problems = []
    for n, (line, paths, _) in enumerate(found):
        where = f"{rel(page)}:{line}"
        before = found[n - 1][1] if n and found[n][2] else []
        after = found[n + 1][1] if n + 1 < len(found) and found[n + 1][2] else []
        for path, section in paths:
            name, file = f"{path}:{section}" if section else path, ROOT / path
            if not file.is_file():
                continue  # test_includes_name_existing_files_and_sections says so
            if file.suffix == ".py":
                out = file.with_suffix(".out")
                text = out.read_text(encoding="utf-8") if out.exists() else ""
                if rel(out) in snippet_options().get("auto_append", []):
                    continue  # its output is under every page
                if ((output_sections(text).get(section) if section else text)
                        and not any(p.endswith(".out") and script_of(ROOT / p) == file
                                    and s == section for p, s in after)):
                    problems.append(f"{where}: {name} prints, but its output is not right under "
                                    f'it: add a block with --8<-- "{rel(out)}'
                                    f'{":" + section if section else ""}" below it')
            if file.suffix != ".out":
                continue
            script = script_of(file)
            whole = section is None and not output_sections(file.read_text(encoding="utf-8"))
            if section is None and not whole:
                problems.append(f"{where}: {path} holds the outputs of several sections; include "
                                f"each under its section's code (--8<-- \"{path}:<section>\")")
            if rel(file) in snippet_options().get("auto_append", []):
                continue  # under every page
            # A whole output may stand under the part of its script a page shows (the fixed
            # function of a longer program), titled as the whole script's.
            if not any(script_of(ROOT / p) == script and (s == section or whole)
                       for p, s in before if p.endswith((".py", ".out"))):
                problems.append(f"{where}: {name} is not right under the code that printed it; "
                                f"move it under the block that includes {rel(script)}"
                                f"{':' + section if section else ''}, with nothing between")
    return problems


@pytest.mark.parametrize("page", pages(), ids=rel)
def test_outputs_stand_under_their_code(page):
    problems = output_problems(page)
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_the_output_check_can_fail(tmp_path):
    """Output far from its code, a sectioned output included whole, code without its output."""
    page = tmp_path / "page.md"
    page.write_text(
        '# T\n\n```python\n--8<-- "snippets/linear/shapes.py"\n```\n\nProse.\n\n'
        '```text\n--8<-- "snippets/linear/shapes.out"\n```\n\n'
        '```python\n--8<-- "snippets/linear/four_ways.py:setup"\n```\n\n'
        '```python\n--8<-- "snippets/linear/four_ways.py:compare"\n```\n\n'
        '```text\n--8<-- "snippets/linear/four_ways.out"\n```\n', encoding="utf-8")
    found = [(p.split(": ", 1)[0].rsplit(":", 1)[1], p.split(": ", 1)[1].split(";")[0])
             for p in output_problems(page)]
    assert found == [
        ("3", "snippets/linear/shapes.py prints, but its output is not right under it: add a "
              "block with --8<-- \"snippets/linear/shapes.out\" below it"),
        ("9", "snippets/linear/shapes.out is not right under the code that printed it"),
        ("17", "snippets/linear/four_ways.py:compare prints, but its output is not right "
               "under it: add a block with --8<-- \"snippets/linear/four_ways.out:compare\" "
               "below it"),
        ("21", "snippets/linear/four_ways.out holds the outputs of several sections"),
        ("21", "snippets/linear/four_ways.out is not right under the code that printed it")]


OUTPUT_TITLE = re.compile(r'^(?:text|python|cpp|yaml)\b.*\btitle="(?:Output|Session)\b')


@pytest.mark.parametrize("page", pages(), ids=rel)
def test_outputs_are_titled_as_outputs(page):
    """hooks/outputs.py draws a recorded output apart from code by its block's title: a block
    that includes a `.out` is a block titled "Output..." or "Session...", `text`, or the
    language of the source it prints (`python`, `cpp`, `yaml`: inside_pytorch/markup.py)."""
    problems = [f"{rel(page)}:{block.start + 1}: a block that shows a recorded output must open "
                f'with ```text title="Output" (or "Session" for a debugger transcript; '
                f"python, cpp or yaml for printed source)"
                for block in read_page(page)[0] if block.info is not None
                and any(path.endswith(".out") for _, path, _ in block.includes)
                and not OUTPUT_TITLE.match(block.info.strip())]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


# -- the questions index (docs/questions.md) --------------------------------------------------

QUESTIONS = ROOT / "docs" / "questions.md"
LINK = re.compile(r"\[(?P<text>[^\]]+)\]\((?P<url>[^)\s]+)\)")


def page_anchors(page):
    """The ids of a page's headings, as the toc extension makes them."""
    return {anchor for anchor, _ in heading_ids([h[1:] for h in read_page(page)[1]])}


# How many questions the index lists at least, in how many chapter groups (its `## ` headings)
# of how many each: the site is measured on readers' questions, not on a handful per chapter.
MIN_QUESTIONS, MIN_GROUPS, MIN_PER_GROUP = 200, 6, 30


def question_problems(index, minimum=(MIN_QUESTIONS, MIN_GROUPS, MIN_PER_GROUP)):
    """Each list item of the questions index links to a public thread where it was asked
    (https://...) and to the section of the site that answers it (page.md#anchor, existing);
    the index lists at least `minimum` questions, groups, and questions in each group."""
    problems, count, groups = [], 0, {}
    group = None
    for number, line in enumerate(index.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("## "):
            group = line[3:].strip()
            groups.setdefault(group, 0)
        if not line.startswith("- "):
            continue
        count += 1
        if group is not None:
            groups[group] += 1
        links = [m["url"] for m in LINK.finditer(line)]
        where = f"{rel(index)}:{number}"
        if not any(url.startswith("https://") for url in links):
            problems.append(f"{where}: no link to a public thread where the question was asked")
        answers = [url for url in links if not url.startswith(("https://", "http://"))]
        if not answers:
            problems.append(f"{where}: no link to the section that answers it")
        for url in answers:
            path, _, anchor = url.partition("#")
            page = (index.parent / path).resolve()
            if not page.is_file():
                problems.append(f"{where}: {path} does not exist")
            elif not anchor or anchor not in page_anchors(page):
                problems.append(f"{where}: {path} has no section #{anchor}")
    least, n_groups, per_group = minimum
    full = [g for g, n in groups.items() if n >= per_group]
    if count < least:
        problems.append(f"{rel(index)}: lists {count} questions, fewer than {least}")
    if len(full) < n_groups:
        sizes = ", ".join(f"{g!r}: {n}" for g, n in groups.items())
        problems.append(f"{rel(index)}: {len(full)} groups of at least {per_group} questions, "
                        f"fewer than {n_groups} ({sizes})")
    return problems, count


def test_every_question_links_a_thread_and_its_answer():
    problems, count = question_problems(QUESTIONS)
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
    assert count, "docs/questions.md lists no question"


def test_the_question_check_can_fail(tmp_path):
    (tmp_path / "a.md").write_text("# A\n\n## Why is it so?\n", encoding="utf-8")
    index = tmp_path / "questions.md"
    index.write_text("# Q\n\n## 1. One\n\n"
                     "- [Why?](https://example.org/t/1) · [answer](a.md#why-is-it-so)\n"
                     "- [Why not?](a.md#why-is-it-so)\n"
                     "- [How?](https://example.org/t/2) · [answer](a.md#how)\n"
                     "- [Where?](https://example.org/t/3)\n\n## 2. Two\n\n"
                     "- [Why?](https://example.org/t/4) · [answer](a.md#why-is-it-so)\n",
                     encoding="utf-8")
    problems, count = question_problems(index, minimum=(5, 2, 2))
    assert count == 5
    assert [p.split(": ", 1)[0].rsplit(":", 1)[1] for p in problems[:3]] == ["6", "7", "8"]
    assert problems[3:] == [f"{rel(index)}: 1 groups of at least 2 questions, fewer than 2 "
                            "('1. One': 4, '2. Two': 1)"]
    problems, _ = question_problems(index, minimum=(6, 1, 1))
    assert problems[-1] == f"{rel(index)}: lists 5 questions, fewer than 6"


# -- references name their target ------------------------------------------------------------
# A chapter is several pages: a reference by position ("above", "the next section") that was
# true on one long page points at nothing once the page is split. A link says what is there;
# prose may point up or down only at something of that kind on its own page.

# Link text that says where, not what: refused whatever the link points at. (A title that
# contains such a word, "Going below Python yourself", is not at the end of its text.)
WHERE_WORDS = re.compile(r"\b(?:above|below|here|earlier|later)\W*$|\b(?:next|previous|"
                         r"preceding|following|last) (?:section|question|page|block|output|"
                         r"session)|\bthis page\b|\btop of (?:this|the) page\b", re.I)
# Page-order phrases that cannot be checked against the page: name the section, with a link.
PAGE_ORDER = re.compile(r"\b(?:the (?:next|previous|preceding|following|last|first) (?:section|"
                        r"page)|top of (?:this|the) page|(?:first|last) (?:\w+ )?on this page|"
                        r"this page's (?:first|last))\b", re.I)
# "<kind> above|below" (up to two words between): what must be on the page in that direction.
KINDS = {"figure": "figure", "figures": "figure", "diagram": "figure", "picture": "figure",
         "table": "block", "tables": "block", "heading": "heading", "headings": "heading",
         "question": "heading", "questions": "heading", "section": "heading",
         "sections": "heading"}
BLOCK_WORDS = ("block", "blocks", "output", "outputs", "script", "scripts", "snippet",
               "snippets", "session", "sessions", "transcript", "transcripts", "excerpt",
               "excerpts", "listing", "code", "example", "examples", "loop", "loops", "case",
               "cases", "run", "runs", "profile", "stack", "trace", "traceback", "test", "tests",
               "cell", "cells", "demo", "check", "checks", "events", "lines", "line", "list",
               "graph", "error", "errors", "message", "messages", "program", "steps")
KINDS.update({word: "block" for word in BLOCK_WORDS})
POSITIONAL = re.compile(r"(?P<before>(?:[\w`'()-]+[ ,]+){1,3})(?P<where>above|below)\b", re.I)
LINK_TEXT = re.compile(r"(?<!!)\[(?P<text>[^\]]+)\]\((?P<url>[^)\s]+)\)")
FIGURE = re.compile(r'<figure|<img|<svg|--8<-- "[^"]+\.svg"|!\[')


def reference_problems(page):
    """Each line of prose whose link text says only where, or that points by page order at
    something its page does not have there: one line each, naming page and line."""
    text = page.read_text(encoding="utf-8")
    lines = text.splitlines()
    in_block = [False] * len(lines)
    for start, _, body in fenced_blocks(page):
        for i in range(start - 1, min(start + len(body) + 1, len(lines))):
            in_block[i] = True
    front = re.match(r"(?s)---\n.*?\n---\n", text)
    skip = front[0].count("\n") if front else 0
    marks = []  # (line index, kind) of what a reference may point at
    for i, line in enumerate(lines):
        if FIGURE.search(line):
            marks.append((i, "figure"))
        elif in_block[i] or INCLUDE.match(line) or line.lstrip().startswith("|"):
            marks.append((i, "block"))
        elif line.startswith("#"):
            marks.append((i, "heading"))
    problems = []
    for i, line in enumerate(lines):
        if i < skip or in_block[i] or line.startswith("#") or INCLUDE.match(line):
            continue
        # A name in code is never a kind, and a phrase in quotes is mentioned, not used.
        prose = re.sub(r"`[^`]*`", "`C`", re.sub(r"\"[^\"]*\"|“[^”]*”", "\"Q\"", line))
        where = f"{rel(page)}:{i + 1}"
        for m in LINK_TEXT.finditer(prose):
            if WHERE_WORDS.search(m["text"]):
                problems.append(f"{where}: the link [{m['text']}] says where, not what: make "
                                f"its text name what is at {m['url']}")
        plain = LINK_TEXT.sub(lambda m: m["text"] if not WHERE_WORDS.search(m["text"]) else "",
                              prose)
        for m in PAGE_ORDER.finditer(plain):
            problems.append(f"{where}: {m[0]!r} points by page order; name the section and "
                            f"link to it")
        for m in POSITIONAL.finditer(plain):
            words = re.findall(r"[\w-]+", m["before"].lower())
            kind = next((KINDS[w] for w in reversed(words) if w in KINDS), None)
            if kind is None:
                continue
            up = m["where"].lower() == "above"
            if not any(k == kind and (j < i if up else j > i) for j, k in marks):
                problems.append(f"{where}: '{m[0].strip()}' points {m['where'].lower()}, but this page "
                                f"has no {kind} there; name it and link to it")
    return problems


@pytest.mark.parametrize("page", pages(), ids=rel)
def test_references_name_their_target(page):
    problems = reference_problems(page)
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_the_reference_check_can_fail(tmp_path):
    """A link that says only where, page-order phrases, and a pointer to a kind of thing the
    page does not have in that direction; a block right under its sentence passes."""
    page = tmp_path / "page.md"
    page.write_text(
        "# T\n\nAs [above](other.md#x) shows.\n"                          # 3
        "See [the setattr rules](other.md#rules).\n"                      # 4: fine
        "The next section says why.\n"                                    # 5
        "The diagram at the top of this page.\n"                          # 6
        "The figure above is the call path.\n"                            # 7
        "The session below stops in `forward`.\n"                         # 8: fine
        "The output below is what it printed.\n\n"                        # 9: fine (line 11)
        '```text title="Output"\n--8<-- "snippets/linear/shapes.out"\n```\n'
        "The table above.\n",                                             # 14: fine
        encoding="utf-8")
    found = [p.split(": ", 1)[0].rsplit(":", 1)[1] for p in reference_problems(page)]
    assert found == ["3", "5", "6", "7"], reference_problems(page)
    page.write_text("# T\n\nThe session below stops in `forward`.\n", encoding="utf-8")
    assert [p.split(": ", 1)[1] for p in reference_problems(page)] == [
        "'The session below' points below, but this page has no block there; name it and "
        "link to it"]


def test_the_pages_pass_runs_what_no_other_pass_runs_as_shown():
    """pytest-markdown-docs runs the pages' python blocks that show a section of a script (after
    the sections shown before it); it skips a block showing a whole script, which the doc-test
    pass runs as that very file (comparing what it prints), and so a debugger session's script
    and a script marked `# terminal:`, which only the doc-test pass replays. Every skipped
    whole script is one the doc-test pass runs."""
    scripts = {rel(path) for path in snippet_scripts()}
    skipped_somewhere = run_somewhere = False
    for page in pages():
        fences = [t for t in SnippetExpandingMarkdownIt("commonmark").parse(
            page.read_text(encoding="utf-8")) if t.type == "fence" and t.info.startswith("python")]
        shown = [(path, section) for _, path, section in includes(page) if path.endswith(".py")]
        assert len(fences) == len(shown), rel(page)
        skipped = {(p, s) for (p, s), t in zip(shown, fences) if "notest" in t.info}
        expected = {(p, s) for p, s in shown
                    if not s or is_debugger_target(p) or terminal_reason(p)}
        assert skipped == expected, (rel(page), skipped ^ expected)
        assert {p for p, s in skipped} <= scripts, (rel(page), {p for p, s in skipped} - scripts)
        skipped_somewhere |= bool(expected)
        run_somewhere |= bool(set(shown) - expected)
    assert skipped_somewhere and run_somewhere


def test_ci_runs_the_readme_test_command():
    """CI runs `.ci/run` on a fresh clone; it is the README's test command and nothing else."""
    run = [line for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
           if line.strip() and not line.startswith("#")]
    assert run[-1] == "make test", run
    assert "make test    # every check of the primary torch" in (ROOT / "README.md").read_text(
        encoding="utf-8")


# -- the site's own pages are claims too ------------------------------------------------------
# Each paragraph and list item of "How this site is tested" names the test that checks what it
# says; the home page says what it says about the machinery through a link to that page.

TESTS_PAGE = ROOT / "docs" / "how-this-site-is-tested.md"
TEST_NAME = re.compile(r"`(test_[a-z0-9_]+)`")


def defined_tests():
    import ast
    return {node.name for path in sorted((ROOT / "tests").glob("*.py"))
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.FunctionDef)}


def prose_blocks(page):
    """(line number, heading, text) of each paragraph and list item of a page, outside code
    blocks and front matter; a list item runs on over its indented lines."""
    text = page.read_text(encoding="utf-8")
    front = re.match(r"(?s)---\n.*?\n---\n", text)
    lines = text.splitlines()
    in_block = [False] * len(lines)
    for start, _, body in fenced_blocks(page):
        for i in range(start - 1, min(start + len(body) + 1, len(lines))):
            in_block[i] = True
    blocks, heading, current = [], "", None
    for i, line in enumerate(lines):
        if (front and i < front[0].count("\n")) or in_block[i] or not line.strip():
            current = None
            continue
        if line.startswith("#"):
            heading, current = line.lstrip("# ").strip(), None
            continue
        if current is None or re.match(r"^(?:- |[0-9]+\. )", line):
            current = [i + 1, heading, line]
            blocks.append(current)
        else:
            current[2] += "\n" + line
    return [tuple(b) for b in blocks]


def claim_problems(page, instructions=("Adding an example",)):
    """A paragraph or list item that names no test (the numbered steps under an instructions
    heading, and a lead-in that ends with a colon, aside), and a named test that does not
    exist."""
    known, problems = defined_tests(), []
    for number, heading, text in prose_blocks(page):
        names = TEST_NAME.findall(text)
        where = f"{rel(page)}:{number}"
        for name in names:
            if name not in known:
                problems.append(f"{where}: names `{name}`, which no file in tests/ defines")
        step = heading in instructions and re.match(r"^[0-9]+\. ", text)
        if not names and not step and not text.rstrip().endswith(":"):
            problems.append(f"{where}: says what the machinery does but names no test that "
                            f"checks it; name the test, or remove the statement")
    return problems


def test_the_tests_page_names_a_test_for_each_claim():
    problems = claim_problems(TESTS_PAGE)
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_the_claim_check_can_fail(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("# T\n\nThe pass runs every snippet (`test_snippet_output`).\n\n"
                    "Snippets run in a fresh process.\n\n- It uses `test_no_such_thing`.\n\n"
                    "1. A numbered rule with no test.\n\n## Adding an example\n\n"
                    "1. Write a snippet.\n\nThese are the steps:\n", encoding="utf-8")
    found = [p.split(": ", 1)[0].rsplit(":", 1)[1] for p in claim_problems(page)]
    assert found == ["5", "7", "9"], claim_problems(page)


@pytest.mark.parametrize("home", [ROOT / "docs" / "index.md",
                                  *sorted((ROOT / "docs").glob("torch-*.md"))], ids=rel)
def test_the_home_page_sends_machinery_claims_to_the_tests_page(home):
    """What the home page (and the page of the second torch's changes) says about tests and
    recorded outputs links to the section of "How this site is tested" that names the test."""
    problems = [f"{rel(home)}:{number}: says how the site is checked without a link to "
                f"how-this-site-is-tested.md#<section>, whose paragraph names the test"
                for number, _, text in prose_blocks(home)
                if re.search(r"\b(?:test|tests|recorded|checked|compared|replayed)\b", text)
                and not re.search(r"\(how-this-site-is-tested\.md#[-a-z0-9]+\)", text)]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


@pytest.mark.parametrize("overview", list(chapters().values()), ids=rel)
def test_chapter_overviews_send_machinery_claims_to_the_tests_page(overview):
    """A chapter overview that says what the test suite does links to the section of "How this
    site is tested" that names the test."""
    problems = [f"{rel(overview)}:{number}: says what the tests do without a link to "
                f"how-this-site-is-tested.md#<section>, whose paragraph names the test"
                for number, _, text in prose_blocks(overview)
                if re.search(r"\b(?:test suite|the tests|tests/|make test|normalise)", text)
                and not re.search(r"\(\.\./how-this-site-is-tested\.md#[-a-z0-9]+\)|"
                                  r"\(how-this-site-is-tested\.md#[-a-z0-9]+\)", text)]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


# -- the index of error messages (src/inside_pytorch/errors.py) --------------------------------

def test_a_message_no_section_explains_stops_the_build(tmp_path):
    """A new output that prints an error its section says nothing about is reported (the strict
    build fails on it); naming the error in the section's text, or quoting it, explains it. The
    index groups messages that differ only in numbers, quoted names and dtypes."""
    from inside_pytorch.errors import collect, messages

    out = tmp_path / "scratch.out"
    out.write_text("x.shape: (4, 3)\nRuntimeError: mat1 and mat2 shapes cannot be multiplied "
                   "(4x3 and 5x2)\n", encoding="utf-8")
    page = "# Scratch\n\n## A new example\n\n{prose}\n\n```text\n--8<-- \"" + str(out) + "\"\n```\n"
    entries, problems = collect([("scratch.md", "Scratch", page.format(prose="It runs."))], {})
    assert len(problems) == 1 and "scratch.out shows 'RuntimeError: mat1 and mat2" in problems[0]
    assert "scratch.md › A new example" in problems[0]
    for explained in ("The `RuntimeError` says the inner sizes differ.",
                      "The shapes cannot be multiplied: 3 is not 5."):
        _, problems = collect([("scratch.md", "Scratch", page.format(prose=explained))], {})
        assert not problems, explained
    assert list(entries["RuntimeError"]) == ["RuntimeError: mat1 and mat2 shapes cannot be "
                                             "multiplied (‹n›x‹n› and ‹n›x‹n›)"]
    # a torch message over several lines goes on; a script's next line does not join it
    assert messages("RuntimeError: Error(s) in loading state_dict for Net:\n    Missing key(s)"
                    " in state_dict: \"b\".\nnext: 1\n") == [
        ("RuntimeError", 'Error(s) in loading state_dict for Net: Missing key(s) in state_dict: "b".', False)]


# -- front matter (src/inside_pytorch/search.py) -------------------------------------------------

def test_front_matter_is_yaml():
    """Every page's front matter parses: MkDocs drops one that does not without a word and shows
    it as a heading, on the page and as a search hit for most words (the strict build fails on it,
    search.py's on_page_markdown)."""
    from inside_pytorch.search import front_matter_problem
    problems = [p for page in pages()
                if (p := front_matter_problem(page.read_text(encoding="utf-8"),
                                             page.relative_to(ROOT / "docs").as_posix()))]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_the_front_matter_check_can_fail():
    """An unquoted value with a colon and a space in it, as ops/building-cuda.md's description
    had (`nvcc fatal : Unsupported gpu architecture`), is reported with its line and the fix; a
    quoted or block value, and a page that opens with a rule, are not; a description with a
    double quote is reported too (it ends the built page's meta description)."""
    from inside_pytorch.search import front_matter_problem
    bad = "---\ndescription: Why “nvcc fatal : Unsupported gpu architecture”.\n---\n\n# T\n"
    problem = front_matter_problem(bad, "ops/x.md")
    assert problem.startswith("docs/ops/x.md: its front matter is not YAML (mapping values are "
                              "not allowed here, line 2 column ") and "quote the value" in problem
    for good in ('---\ndescription: "Why “nvcc fatal : Unsupported”."\n---\n\n# T\n',
                 "---\ndescription: >-\n  Why “nvcc fatal : Unsupported”.\n---\n\n# T\n",
                 "# T\n\n---\n\nx: y: z\n"):
        assert front_matter_problem(good, "ops/x.md") is None, good
    quoted = "---\ndescription: >-\n  With mutates_args=\"unknown\".\n---\n\n# T\n"
    assert front_matter_problem(quoted, "ops/x.md") == (
        "docs/ops/x.md: its description holds a double quote, which ends the built page's meta "
        "description there: write “ ” or ' instead")


def test_an_error_entry_of_rarer_words_weighs_less():
    """Each entry of the error index (a section of its page) weighs the inverse of its heading's
    length in lunr's title field (search.py's heading_weight: its words' idf), scaled so that the
    median entry keeps the page's boost: an entry holding a rare word the paste lacks
    (`no_such_op`, which `no*` finds) weighs less than the one of common words. No other section
    is weighed (test_browser.py's pasted-message search is the reader's test)."""
    from inside_pytorch.search import boost_error_entries, heading_weight, idf
    separator = r"[\s\-,:;!?=+|/\\()\[\]{}<>\"'`@#%]+|\.(?!\d|(?:py|pyi|cpp|h|yaml)\b)"
    docs = [{"location": "errors/", "title": "Error messages", "text": "", "boost": 2},
            {"location": "errors/#a", "title": "AttributeError: Module has no attribute `a`",
             "text": "", "boost": 2},
            {"location": "errors/#op", "title": "AttributeError: '_OpNamespace' 'aten' object has "
             "no attribute 'no_such_op'", "text": "", "boost": 2},
            {"location": "errors/#c", "title": "AttributeError: module 'torch' has no attribute "
             "'_C'", "text": "", "boost": 2},
            {"location": "module/#a", "title": "Module has no attribute", "text": "<p>module has "
             "no <code>object</code></p>"}]
    index = {"config": {"separator": separator}, "docs": docs}
    rarity = idf(index)
    assert rarity["module"] < rarity["object"] < rarity["no_such_op"]  # in 3 fields, 1, 1 of 5 docs
    weights = {d["location"]: heading_weight(d["title"], rarity, separator) for d in docs}
    boosts = {d["location"]: d.get("boost") for d in boost_error_entries(index, "errors/")["docs"]}
    assert boosts["errors/#op"] < boosts["errors/#c"] == 2 < boosts["errors/#a"]
    for entry in ("errors/#a", "errors/#op"):
        assert boosts[entry] == round(2 * weights["errors/#c"] / weights[entry], 4)
    assert boosts["errors/"] == 2 and boosts["module/#a"] is None


# -- printed source (inside_pytorch/markup.py) ------------------------------------------------

SOURCE_FENCE = re.compile(r"^(?P<lang>python|cpp|yaml)\b.*\btitle=\"(?:Output|Session)\b")


@functools.cache
def torch_site_packages():
    """The folder the installed torch (and torchgen) is in."""
    import importlib.util

    return Path(importlib.util.find_spec("torch").origin).parent.parent


def source_file(path, variant):
    """The installed file a source output's `# <path>` line names: under site-packages (torch,
    torchgen), else in the standard library of the Python that printed it (a `python-X.Y`
    variant's, or this one's); None when that Python is not here."""
    import subprocess
    import sysconfig

    site_packages = torch_site_packages()
    if (site_packages / path).exists() and not (variant or "").startswith("torch-"):
        return site_packages / path
    if variant and variant.startswith("python-"):
        python = find_python(variant[len("python-"):])
        if python is None:
            return None
        stdlib = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()"
                                 "['stdlib'])"], capture_output=True, text=True).stdout.strip()
        return Path(stdlib) / path
    if variant:
        return None  # another torch's file: that torch's run (make test-next) checks them
    return Path(sysconfig.get_paths()["stdlib"]) / path


def source_line_problems(page):
    """Each numbered line of a printed-source output a page shows is the line of that number
    in the installed file its `# <path>` line names."""
    problems = []
    for block in read_page(page)[0]:
        if block.info is None or not SOURCE_FENCE.match(block.info.strip()):
            continue
        for n, path, section in block.includes:
            text = (ROOT / path).read_text(encoding="utf-8")
            text = output_sections(text).get(section, "") if section else without_marks(text)
            rows, file = numbered_lines(text), None
            for line in text.splitlines():
                header = SOURCE_FILE.match(line)
                if header:
                    file = source_file(header["path"], variant_of(path))
                    lines = file.read_text(encoding="utf-8").splitlines() if file else None
                    continue
                number = NUMBERED.match(line)
                if rows and number and lines is not None:
                    shown, want = (number["line"] or "").rstrip(), None
                    k = int(number["n"])
                    want = lines[k - 1].rstrip() if 0 < k <= len(lines) else None
                    if shown != want:
                        problems.append(f"{rel(page)}:{n + 1}: {path}: line {k} of {file} is "
                                        f"{want!r}, the output shows {shown!r}: run make "
                                        f"outputs")
    return problems


@pytest.mark.parametrize("page", pages(), ids=rel)
def test_printed_source_shows_the_files_own_lines(page):
    problems = source_line_problems(page)
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_the_source_line_check_can_fail(tmp_path):
    """A numbered line that is not the file's line of that number is reported."""
    out = ROOT / "snippets/module/getattr_source.out"
    fake = tmp_path / "getattr_source.out"
    fake.write_text(re.sub(r"^( *[0-9]+)  ", lambda m: f"{int(m[1]) + 1:5}  ",
                           out.read_text(encoding="utf-8"), count=1, flags=re.M))
    page = tmp_path / "p.md"
    page.write_text(f'# T\n\n```python title="Output"\n--8<-- "{fake}"\n```\n')
    problems = source_line_problems(page)
    assert len(problems) == 1 and "line 1955 of" in problems[0], problems


# -- links to PyTorch's source at the installed torch's commit --------------------------------

SOURCE_LINK = re.compile(r"\[(?P<text>(?:[^\[\]]|\[[^\]]*\])*)\]\(https://github\.com/pytorch/"
                         r"pytorch/blob/(?P<commit>[0-9a-f]{40})/(?P<path>[^)#\s]+)#L(?P<a>\d+)"
                         r"(?:-L(?P<b>\d+))?\)")
# Where the wheel ships a file of the repository: Python packages as they are; C10's and ATen's
# headers under torch/include/, where the build wraps each public header in an
# `#if !defined(TORCH_STABLE_ONLY) ...` line it adds as line 1.
SHIPPED = (("torch/", "torch/"), ("torchgen/", "torchgen/"), ("c10/", "torch/include/c10/"),
           ("aten/src/ATen/", "torch/include/ATen/"))


@functools.cache
def installed_source(path):
    """The installed file of a repository path, and by how many lines it is shifted; None where
    the wheel does not ship it. Read once per run: many links name the same file."""
    for prefix, there in SHIPPED:
        file = torch_site_packages() / there / path[len(prefix):]
        if path.startswith(prefix) and file.is_file():
            lines = file.read_text(encoding="utf-8", errors="replace").splitlines()
            header = there.startswith("torch/include/")
            return lines, int(header and bool(lines) and "TORCH_STABLE_ONLY" in lines[0])
    return None, 0


@functools.cache
def python_holders(source):
    """(name, first line, last line) of each function and class of a Python file's source."""
    import ast

    return [(node.name, node.lineno, node.end_lineno) for node in ast.walk(ast.parse(source))
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))]


def named_in_link(text):
    """The names a link's text gives in code marks: `TensorImpl::storage_` gives storage_,
    `Module.__setattr__` gives __setattr__; file names and prose are not names."""
    names = (re.split(r"::|\.", code.strip("()"))[-1] for code in re.findall(r"`([^`]+)`", text))
    return [n for n in names if re.fullmatch(r"[A-Za-z_]\w*", n)
            and not re.fullmatch(r"py|h|cpp|cu|yaml|txt", n)]


def source_link_problems(page, commit, read=installed_source):
    """Each link to PyTorch's source at the installed torch's commit, with lines, to a file the
    wheel ships: its lines exist in the file, and each name its text gives in code marks is on
    those lines or is the Python function or class that holds them."""
    problems, text = [], page.read_text(encoding="utf-8")
    for m in SOURCE_LINK.finditer(text):
        if m["commit"] != commit:
            continue
        lines, shift = read(m["path"])
        if lines is None:
            continue
        a, b = int(m["a"]), int(m["b"] or m["a"])
        where = f"{rel(page)}:{text.count(chr(10), 0, m.start()) + 1}: {m['path']}#L{a}" + (
            f"-L{b}" if m["b"] else "")
        if not 0 < a <= b <= len(lines) - shift:
            problems.append(f"{where}: the file has {len(lines) - shift} lines at {commit[:7]}")
            continue
        shown = "\n".join(lines[a - 1 + shift:b + shift])
        holders = set()
        if m["path"].endswith(".py"):
            holders = {name for name, first, last in python_holders("\n".join(lines))
                       if first <= a and b <= last}
        missing = [n for n in named_in_link(m["text"])
                   if n not in holders and not re.search(rf"\b{re.escape(n)}\b", shown)]
        if missing:
            problems.append(f"{where}: the link names {', '.join(missing)}, which is not on "
                            f"those lines of the installed file (nor a function holding them): "
                            f"correct the line numbers")
    return problems


@pytest.mark.parametrize("page", pages(), ids=rel)
def test_source_links_point_at_what_they_name(page):
    import torch

    problems = source_link_problems(page, torch.version.git_version)
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_the_source_link_check_can_fail(tmp_path):
    """A link whose lines hold another name, whose lines run past the file, or a header link
    not corrected for the line the build adds, is reported; the right ones, and a link at
    another commit, are not."""
    commit = "c" * 40
    files = {"torch/m.py": ["import os", "", "def outer():", "    x = 1", "    return x"],
             "c10/core/T.h": ["#if !defined(TORCH_STABLE_ONLY)", "struct T {", "  int storage_;",
                              "};", "#endif"]}

    def read(path):
        return files.get(path), int(path.endswith(".h"))

    url = f"https://github.com/pytorch/pytorch/blob/{commit}/"
    page = tmp_path / "p.md"
    page.write_text(f"[`outer`]({url}torch/m.py#L4-L5) [`os`]({url}torch/m.py#L1) "
                    f"[`T::storage_`]({url}c10/core/T.h#L2)\n"
                    f"[`inner`]({url}torch/m.py#L4) [lines]({url}torch/m.py#L5-L6) "
                    f"[`T::storage_`]({url}c10/core/T.h#L3) [`x`]({url}torch/m.py#L1)\n"
                    f"[`x`]({url.replace(commit, 'd' * 40)}torch/m.py#L1)\n",
                    encoding="utf-8")
    problems = source_link_problems(page, commit, read)
    assert [p.split(": ", 2)[1] for p in problems] == [
        "torch/m.py#L4", "torch/m.py#L5-L6", "c10/core/T.h#L3", "torch/m.py#L1"], problems
