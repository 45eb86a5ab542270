"""Where the search box lists the answer to a question the site answers, typed as a reader
would type it: a benchmark of the search index's ranking, not a test.

    make bench-ranking      (or: .venv/bin/python -m inside_pytorch.search_ranking [site-dir] [factor ...])

Each question of the questions index (docs/questions.md, its link text) is typed into the built
site's own search worker in node (tests/search_worker.js, as the search box runs it), and the
pages it lists are compared with the page of the section that answers it: how often that page
is listed first, or among the first three, the mean reciprocal rank of that page, and how often
the error index is listed first instead. With FACTORs, the same again with the error index's
entries boosted FACTOR times as much as the built index boosts them (a trial of another
`search.boost` in docs/errors.md, whose entries are weighed relative to it). Prints figures;
asserts nothing.
"""

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from inside_pytorch.layout import ROOT

ENTRY = re.compile(r"^- \[(.+?)\]\(([^)#]+)\.md#[^)]+\) · asked on", re.M)


def figures(site, factor=1.0):
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    for doc in index["docs"]:
        if doc["location"].startswith("errors/#"):
            doc["boost"] = round(doc.get("boost", 1) * factor, 4)
    questions = [(q.replace("`", ""), f"{page}/") for q, page in
                 ENTRY.findall((ROOT / "docs" / "questions.md").read_text(encoding="utf-8"))]
    with tempfile.NamedTemporaryFile("w", suffix=".json") as trial:
        json.dump(index, trial)
        trial.flush()
        run = subprocess.run(["node", str(ROOT / "tests" / "search_worker.js"), str(site), trial.name],
                             input=json.dumps({"typed": [q for q, _ in questions]}),
                             capture_output=True, text=True, check=True)
    first = three = errors = reciprocal = 0
    for (_, page), line in zip(questions, run.stdout.splitlines()):
        pages = [hits[0][0] for hits in json.loads(line)["results"]]
        first += pages[:1] == [page]
        three += page in pages[:3]
        errors += pages[:1] == ["errors/"]
        reciprocal += 1 / (pages.index(page) + 1) if page in pages else 0
    n = len(questions)
    return (f"{n} questions typed, error entries x{factor:g}: answer's page first {first / n:.2f}, "
            f"in the first three {three / n:.2f}, mean reciprocal rank {reciprocal / n:.3f}, "
            f"error index first {errors / n:.2f}")


if __name__ == "__main__":
    site = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "site"
    for factor in [float(f) for f in sys.argv[2:]] or [1.0]:
        print(figures(site, factor))
