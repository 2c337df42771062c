#!/usr/bin/env python3
"""Agreement between the first annotation (data/framing/{dev,test}.csv) and the blind second
annotation of a sample (data/framing/agreement/second_annotation.csv).

Prints raw agreement, Cohen's kappa, the confusion between the two annotators and the per-label
agreement. Run from the repository root:  python3 data/tools/agreement.py
"""
import csv
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LABELS = ["adversarial", "cooperative", "neutral"]


def main():
    first = {}
    for split in ["dev", "test"]:
        with (ROOT / "data" / "framing" / f"{split}.csv").open(encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                first[r["id"]] = r["label"]
    with (ROOT / "data" / "framing" / "agreement" / "second_annotation.csv").open(encoding="utf-8", newline="") as f:
        second = {r["id"]: r["label"] for r in csv.DictReader(f)}
    ids = [i for i in second if i in first]
    missing = [i for i in second if i not in first]
    n = len(ids)
    agree = sum(first[i] == second[i] for i in ids)
    p_o = agree / n
    c1 = Counter(first[i] for i in ids)
    c2 = Counter(second[i] for i in ids)
    p_e = sum(c1[l] * c2[l] for l in LABELS) / (n * n)
    kappa = (p_o - p_e) / (1 - p_e)
    print(f"pairs compared: {n} (ids not found in dev/test: {len(missing)})")
    print(f"raw agreement: {p_o:.3f}  Cohen's kappa: {kappa:.3f}")
    print("\nrows: first annotation, columns: second annotation")
    print(" " * 12 + "".join(f"{l:>13}" for l in LABELS))
    for a in LABELS:
        print(f"{a:<12}" + "".join(f"{sum(1 for i in ids if first[i] == a and second[i] == b):>13}" for b in LABELS))
    print("\nper-label agreement (positive specific agreement, 2·both / (n1 + n2)):")
    for l in LABELS:
        both = sum(1 for i in ids if first[i] == l and second[i] == l)
        print(f"  {l:<12} {2 * both / (c1[l] + c2[l]):.3f}")


if __name__ == "__main__":
    main()
