#!/usr/bin/env python3
"""The split rule of questions/procedure.md, in one place (tests/test_questions.py imports it):
a question of a measurement round (round 3 on) is held out; any other is held out if the first
hex digit of sha256(url, UTF-8) is 0-4, else write. Run as a script: recompute each row's split
in every round's sample, exit non-zero on any disagreement, print counts per round, area and
split."""
import csv, hashlib, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROUNDS = {1: "sample.tsv", 2: "sample2.tsv", 3: "sample3.tsv", 4: "sample4.tsv", 5: "sample5.tsv",
          6: "sample6.tsv", 7: "sample7.tsv", 8: "sample8.tsv"}
MEASUREMENT_ROUNDS = {3, 4, 5, 6, 7, 8}


def split_of(rnd, url):
    if rnd in MEASUREMENT_ROUNDS:
        return "held-out"
    return "held-out" if hashlib.sha256(url.encode("utf-8")).hexdigest()[0] in "01234" else "write"


def main():
    for rnd, name in ROUNDS.items():
        path = os.path.join(HERE, name)
        if not os.path.isfile(path):
            continue
        counts = Counter()
        with open(path, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                want = split_of(rnd, row["url"])
                if row["split"] != want:
                    sys.exit(f"{name}: {row['id']}: split is {row['split']!r} but the rule gives {want!r}")
                counts[(row["area"], row["split"])] += 1
        print(name)
        for a in sorted({a for a, _ in counts}):
            w, h = counts[(a, "write")], counts[(a, "held-out")]
            print(f"{a}\twrite={w}\theld-out={h}\ttotal={w + h}")
        tw = sum(v for (a, s), v in counts.items() if s == "write")
        th = sum(v for (a, s), v in counts.items() if s == "held-out")
        print(f"all\twrite={tw}\theld-out={th}\ttotal={tw + th}")


if __name__ == "__main__":
    main()
