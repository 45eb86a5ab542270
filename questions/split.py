#!/usr/bin/env python3
"""Recompute each row's split in every round's sample (sample.tsv, sample2.tsv, sample3.tsv)
from its URL (held-out if the first hex digit of sha256(url, UTF-8) is 0-4, else write; every
row of a measurement round, round 3, is held out); exit non-zero on any disagreement; print
counts per round, area and split."""
import csv, hashlib, os, sys
from collections import Counter

here = os.path.dirname(os.path.abspath(__file__))
MEASUREMENT = {"sample3.tsv"}
for name in ("sample.tsv", "sample2.tsv", "sample3.tsv"):
    path = os.path.join(here, name)
    if not os.path.isfile(path):
        continue
    counts = Counter()
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            want = "held-out" if name in MEASUREMENT or hashlib.sha256(row["url"].encode("utf-8")).hexdigest()[0] in "01234" else "write"
            if row["split"] != want:
                sys.exit(f"{name}: {row['id']}: split is {row['split']!r} but the URL rule gives {want!r}")
            counts[(row["area"], row["split"])] += 1
    print(name)
    for a in sorted({a for a, _ in counts}):
        w, h = counts[(a, "write")], counts[(a, "held-out")]
        print(f"{a}\twrite={w}\theld-out={h}\ttotal={w + h}")
    tw = sum(v for (a, s), v in counts.items() if s == "write")
    th = sum(v for (a, s), v in counts.items() if s == "held-out")
    print(f"all\twrite={tw}\theld-out={th}\ttotal={tw + th}")
