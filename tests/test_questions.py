"""The sample of readers' questions in questions/: drawn as questions/procedure.md says, graded
against the built site as questions/grading.md says. These tests keep its files true to each
other and to the site: the split is the URL rule's; every question a page was written for is a
write-split question, listed in the questions index (docs/questions.md) with its thread and
the section that answers it; and every figure questions/results.md gives is counted from the
grade files."""

import csv
import importlib.util
import re
from collections import Counter

import pytest

from inside_pytorch.layout import ROOT
from inside_pytorch.pages import heading_ids, read_page

QUESTIONS = ROOT / "questions"
INDEX = ROOT / "docs" / "questions.md"
GRADES = ("FULL", "PARTIAL", "NONE")


def read_tsv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


# The split rule, and each round's sample file, come from questions/split.py (the script that
# recomputes the split), so the rule is written once.
_spec = importlib.util.spec_from_file_location("split", QUESTIONS / "split.py")
SPLIT = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(SPLIT)
# Each round of sampling has its file. A round's held-out part measures the writing done before
# it was graded; once its grades have been read (GRADES_READ), pages may be written for it, and
# until then its held-out questions are kept out of the pages. A measurement round holds out
# every question it draws (questions/procedure.md, "Round 3").
ROUNDS = SPLIT.ROUNDS
GRADES_READ = {1, 2, 3, 4, 5, 6, 7, 8}  # questions/results.md gives their figures
LAST = max(r for r, name in ROUNDS.items() if (QUESTIONS / name).is_file())


def kept_out(row):
    """Whether a sampled question is held out of the pages: held out, of a round whose grades
    have not been read."""
    return row["split"] == "held-out" and row.get("round", LAST) not in GRADES_READ


def sample():
    rows = {}
    for rnd, name in ROUNDS.items():
        if (QUESTIONS / name).is_file():
            rows.update({row["id"]: dict(row, round=rnd) for row in read_tsv(QUESTIONS / name)})
    return rows


def answered():
    """(file, id, section) for every row of questions/answered*.tsv (answered2-*: round 2) that
    names a section."""
    rows = []
    for path in sorted(QUESTIONS.glob("answered*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            qid, section, *_ = line.split("\t") + [""]
            if section not in ("", "-"):
                rows.append((path.name, qid, section))
    return rows


def split_of(row):
    """The split the procedure gives a sampled row (questions/split.py's rule)."""
    return SPLIT.split_of(row["round"], row["url"])


def test_the_split_is_the_url_rule():
    wrong = [qid for qid, row in sample().items() if row["split"] != split_of(row)]
    assert not wrong, f"questions/sample*.tsv: split is not the URL rule's for {wrong}: run questions/split.py"


def answered_problems(rows, drawn, index_text, anchors_of):
    problems = []
    for name, qid, section in rows:
        where = f"questions/{name}: {qid}"
        row = drawn.get(qid)
        if row is None and not qid.startswith("extra-"):
            problems.append(f"{where}: no such question in questions/sample*.tsv")
            continue
        if row is not None and kept_out(row):
            problems.append(f"{where}: a held-out question, which no page is written for")
        page, _, anchor = section.partition("#")
        if anchor not in anchors_of(page):
            problems.append(f"{where}: docs/{page} has no section #{anchor}")
        if row is not None and not re.search(
                rf"\]\({re.escape(section)}\)[^\n]*\]\({re.escape(row['url'])}\)", index_text):
            problems.append(f"{where}: docs/questions.md has no entry linking {section} and "
                            f"its thread {row['url']}")
    return problems


def anchors(page):
    path = ROOT / "docs" / page
    return {a for a, _ in heading_ids([h[1:] for h in read_page(path)[1]])} if path.is_file() else set()


def test_each_answered_question_is_listed_with_its_section():
    problems = answered_problems(answered(), sample(), INDEX.read_text(encoding="utf-8"), anchors)
    assert answered(), "questions/answered-*.tsv name no section"
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_the_answered_check_can_fail():
    drawn = {"a-1": {"split": "write", "url": "https://x.org/1"},
             "a-2": {"split": "held-out", "round": LAST + 1, "url": "https://x.org/2"}}
    index = "- [Q](p.md#s) · asked on x.org: [T](https://x.org/1)\n"
    rows = [("answered-a.tsv", "a-1", "p.md#s"), ("answered-a.tsv", "a-1", "p.md#t"),
            ("answered-a.tsv", "a-2", "p.md#s"), ("answered-a.tsv", "a-3", "p.md#s")]
    problems = answered_problems(rows, drawn, index, lambda page: {"s"})
    assert problems == [
        "questions/answered-a.tsv: a-1: docs/p.md has no section #t",
        "questions/answered-a.tsv: a-1: docs/questions.md has no entry linking p.md#t and its "
        "thread https://x.org/1",
        "questions/answered-a.tsv: a-2: a held-out question, which no page is written for",
        "questions/answered-a.tsv: a-2: docs/questions.md has no entry linking p.md#s and its "
        "thread https://x.org/2",
        "questions/answered-a.tsv: a-3: no such question in questions/sample*.tsv"]


def held_out_links(pages, drawn):
    """[(id, page)] for each question kept out of the pages (held out, of a round whose grades
    are unread) whose thread a page links: a page that links a thread was written for it. The
    address must end where the link does (issues/9 is not issues/93)."""
    return [(qid, name) for qid, row in drawn.items()
            if kept_out(row)
            for name, text in pages.items()
            if re.search(re.escape(row["url"]) + r"(?![\w-])", text)]


def test_no_held_out_question_is_linked_by_a_page():
    pages = {p.relative_to(ROOT).as_posix(): p.read_text(encoding="utf-8")
             for p in sorted((ROOT / "docs").rglob("*.md"))}
    linked = held_out_links(pages, sample())
    assert not linked, (f"pages link the threads of held-out questions, which measure the site: "
                        f"{linked} (move the row to the round's skipped file as a duplicate)")


def test_the_held_out_link_check_can_fail():
    drawn = {"q-1": {"split": "held-out", "round": LAST + 1, "url": "https://x.org/1"},
             "q-2": {"split": "write", "round": LAST + 1, "url": "https://x.org/2"}}
    pages = {"docs/a.md": "see [it](https://x.org/1) and https://x.org/2",
             "docs/b.md": "see https://x.org/12 and https://x.org/1-2"}
    assert held_out_links(pages, drawn) == [("q-1", "docs/a.md")]


# The graded parts: figure-line name -> (grade file, sampling round, split of its questions).
PARTS = {"held-out": ("graded-held-out.tsv", 1, "held-out"),
         "write": ("graded-write.tsv", 1, "write"),
         "round-2 held-out": ("graded2-held-out.tsv", 2, "held-out"),
         "round-1 held-out, regraded": ("graded2-r1-held-out.tsv", 1, "held-out"),
         "round-3 held-out": ("graded3-held-out.tsv", 3, "held-out"),
         "round-4 held-out": ("graded4-held-out.tsv", 4, "held-out"),
         "round-5 held-out": ("graded5-held-out.tsv", 5, "held-out"),
         "round-6 held-out": ("graded6-held-out.tsv", 6, "held-out"),
         "round-7 held-out": ("graded7-held-out.tsv", 7, "held-out"),
         "round-7 held-out, regraded": ("graded7-regraded-held-out.tsv", 7, "held-out"),
         "round-8 held-out": ("graded8-held-out.tsv", 8, "held-out")}
# A figure line of questions/results.md: "<part> [<area>]: N questions, F FULL (P %), ..."
FIGURES = re.compile(r"^- (?P<part>" + "|".join(sorted(map(re.escape, PARTS), key=len, reverse=True))
                     + r")(?: (?P<area>\w+))?: (?P<n>\d+) questions, "
                     r"(?P<full>\d+) FULL \((?P<pct>\d+) %\), (?P<partial>\d+) PARTIAL, "
                     r"(?P<none>\d+) NONE$", re.M)


def figure_problems(results_text, grades_of):
    problems, seen = [], 0
    for m in FIGURES.finditer(results_text):
        seen += 1
        rows = [r for r in grades_of(m["part"]) if not m["area"] or r["area"] == m["area"]]
        count = Counter(r["grade"] for r in rows)
        want = (len(rows), count["FULL"], round(100 * count["FULL"] / len(rows)) if rows else 0,
                count["PARTIAL"], count["NONE"])
        got = tuple(int(m[k]) for k in ("n", "full", "pct", "partial", "none"))
        if got != want:
            problems.append(f"questions/results.md: {m[0][2:]!r}, but the grades give "
                            f"{want[0]} questions, {want[1]} FULL ({want[2]} %), {want[3]} "
                            f"PARTIAL, {want[4]} NONE")
    if not seen:
        problems.append("questions/results.md gives no figure line")
    return problems


def graded(part):
    """The grade rows of a part of PARTS, each with its question's area."""
    name, rnd, split_name = PARTS[part]
    drawn = {q: r for q, r in sample().items() if r["round"] == rnd}
    rows = read_tsv(QUESTIONS / name)
    for row in rows:
        assert row["grade"] in GRADES, f"questions/{name}: {row['id']}: {row['grade']!r}"
        row["area"] = drawn[row["id"]]["area"]
    ids = [r["id"] for r in rows]
    split = sorted(q for q, r in drawn.items() if r["split"] == split_name)
    # A held-out part is a measure: all of it is graded. Of the write part, whatever a grader
    # got through (each figure line says how many questions it counts).
    assert (sorted(ids) == split if split_name == "held-out" else
            len(set(ids)) == len(ids) and set(ids) <= set(split)), \
        f"questions/{name} does not grade round {rnd}'s {split_name} questions, each once" + \
        (", all of them" if split_name == "held-out" else "")
    return rows


def test_the_results_are_the_grades_counted():
    results = QUESTIONS / "results.md"
    if not results.is_file():
        pytest.fail("questions/results.md is missing: grade the sample as questions/grading.md "
                    "says and write its figures there", pytrace=False)
    problems = figure_problems(results.read_text(encoding="utf-8"), graded)
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_the_figure_check_can_fail():
    rows = [{"area": "a", "grade": g} for g in ("FULL", "FULL", "PARTIAL", "NONE")]
    text = ("- held-out: 4 questions, 2 FULL (50 %), 1 PARTIAL, 1 NONE\n"
            "- held-out a: 4 questions, 3 FULL (75 %), 0 PARTIAL, 1 NONE\n")
    assert figure_problems(text, lambda part: rows) == [
        "questions/results.md: 'held-out a: 4 questions, 3 FULL (75 %), 0 PARTIAL, 1 NONE', but "
        "the grades give 4 questions, 2 FULL (50 %), 1 PARTIAL, 1 NONE"]
    assert figure_problems("no figures", lambda part: rows) == [
        "questions/results.md gives no figure line"]
