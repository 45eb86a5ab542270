#!/usr/bin/env python3
"""Recompute each sample.tsv row's split from its URL (held-out if the first
hex digit of sha256(url, UTF-8) is 0-4, else write); exit non-zero on any
disagreement; print counts per area and split."""
import csv, hashlib, os, sys
from collections import Counter

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sample.tsv")
counts = Counter()
with open(path, newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
        want = "held-out" if hashlib.sha256(row["url"].encode("utf-8")).hexdigest()[0] in "01234" else "write"
        if row["split"] != want:
            sys.exit(f"{row['id']}: split is {row['split']!r} but the URL rule gives {want!r}")
        counts[(row["area"], row["split"])] += 1
areas = sorted({a for a, _ in counts})
for a in areas:
    w, h = counts[(a, "write")], counts[(a, "held-out")]
    print(f"{a}\twrite={w}\theld-out={h}\ttotal={w + h}")
tw = sum(v for (a, s), v in counts.items() if s == "write")
th = sum(v for (a, s), v in counts.items() if s == "held-out")
print(f"all\twrite={tw}\theld-out={th}\ttotal={tw + th}")
