#!/usr/bin/env python3
"""Build data/framing/{train,dev,test}.csv from the hand-written parts in data/framing/parts/.

Each part is a CSV with columns text,actor,mention,label (one row per sentence and actor; the
mention is the first occurrence of the actor's surface form in the text). This script:
  * computes the character offsets (Unicode scalar values, end-exclusive) of each mention;
  * checks labels, offsets and the no-template rule (no 6-word run shared by two sentences once
    names and function words are removed);
  * splits by SENTENCE (all rows of a sentence stay together), about 70/15/15, deterministically;
    near-duplicate sentences (token Jaccard > 0.8) are kept in the same split;
  * holds out a fixed list of actors: every sentence that mentions one of them goes to test, so
    test reports scores on actors the model never saw in training.
Run from the repository root:  python3 data/tools/build_framing.py
"""
import csv
import hashlib
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PARTS = ROOT / "data" / "framing" / "parts"
OUT = ROOT / "data" / "framing"
LABELS = {"cooperative", "adversarial", "neutral"}

# Actors whose sentences all go to test (chosen from the long tail of every region).
HELD_OUT = [
    # small states and bodies from every region
    "Tonga", "Samoa", "Kiribati", "Bhutan", "Maldives", "Suriname", "Barbados", "Jamaica",
    "Uruguay", "Montenegro", "Iceland", "Malta", "Turkmenistan", "Mongolia", "Bahrain", "Kuwait",
    "Togo", "Benin", "Sierra Leone", "Burundi", "Zambia",
    # leaders, officials and armed groups, so that hostile frames of unseen actors are tested too
    "Baloch Liberation Army", "Dmitry Medvedev", "Maria Zakharova", "Bidzina Ivanishvili",
    "Riek Machar", "Marine Le Pen", "Israel Katz", "ISWAP", "Tehrik-i-Taliban Pakistan", "Nigel Farage",
    "Bezalel Smotrich", "Islamic Jihad", "Wazalendo", "Southern Transitional Council",
    "Daniel Ortega", "Jair Bolsonaro", "Zoran Milanovic", "Kais Saied", "Yoon Suk Yeol",
]

# Part files sometimes use a short name where the gazetteer's canonical name is longer.
CANONICAL = {
    "TPLF": "Tigray People's Liberation Front",
    "TTP": "Tehrik-i-Taliban Pakistan",
    "Abdourahamane Tchiani": "Abdourahamane Tiani",
    "S. Jaishankar": "Subrahmanyam Jaishankar",
    "ICRC": "Red Cross",
}

FUNCTION_WORDS = set("""a an the and or but nor so yet for of to in on at by with from into onto over under
about after before during between among through against without within across along around
as than that this these those it its it's he she they them their his her we our you your i me
my is are was were be been being has have had do does did will would shall should can could may
might must not no also which who whom whose what when where why how there here than then such
all any both each few more most other some own same very just only up down out off again further
once said says say told tells according while if because since until unless though although
""".split())

WORD = re.compile(r"\w+", re.UNICODE)


def char_offsets(text, mention):
    i = text.find(mention)
    if i < 0:
        return None
    return len(text[:i]), len(text[:i]) + len(mention)


def content_words(text, mentions):
    masked = text
    for m in mentions:
        masked = masked.replace(m, " ")
    words = []
    for k, match in enumerate(WORD.finditer(masked)):
        w = match.group(0)
        if w.lower() in FUNCTION_WORDS:
            continue
        if k > 0 and w[:1].isupper():
            continue  # a name
        words.append(w.lower())
    return words


def tokens(text):
    return set(w.lower() for w in WORD.findall(text))


def main():
    rows = []
    for part in sorted(PARTS.glob("*.csv")):
        with part.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            if reader.fieldnames != ["text", "actor", "mention", "label"]:
                sys.exit(f"{part}: header must be text,actor,mention,label, got {reader.fieldnames}")
            for n, r in enumerate(reader, start=2):
                r = {k: (v or "").strip() for k, v in r.items()}
                r["actor"] = CANONICAL.get(r["actor"], r["actor"])
                # The codebook's spans never include a leading article ("The Kremlin" -> "Kremlin").
                for article in ("The ", "the "):
                    if r["mention"].startswith(article) and len(r["mention"]) > len(article):
                        r["mention"] = r["mention"][len(article):]
                if r["label"] not in LABELS:
                    sys.exit(f"{part}:{n}: bad label {r['label']!r}")
                off = char_offsets(r["text"], r["mention"])
                if off is None:
                    sys.exit(f"{part}:{n}: mention {r['mention']!r} not in text")
                r["start"], r["end"] = off
                r["part"] = part.stem
                rows.append(r)

    by_text = defaultdict(list)
    for r in rows:
        by_text[r["text"]].append(r)
    sentences = sorted(by_text)
    # Duplicate (sentence, actor) rows are an error.
    for t, rs in by_text.items():
        actors = [r["actor"] for r in rs]
        if len(actors) != len(set(actors)):
            sys.exit(f"duplicate actor rows in sentence: {t[:80]}")

    # No-template rule: when two sentences share a 6-word content run, the later one (in part
    # order, then text order) is dropped and reported.
    order = sorted(sentences, key=lambda t: (by_text[t][0]["part"], t))
    seen = {}
    dropped = []
    kept = []
    for t in order:
        words = content_words(t, [r["mention"] for r in by_text[t]])
        keys = [tuple(words[k:k + 6]) for k in range(len(words) - 5)]
        clash = next((k for k in keys if k in seen), None)
        if clash is not None:
            dropped.append((seen[clash], t, " ".join(clash)))
            continue
        for k in keys:
            seen[k] = t
        kept.append(t)
    for a, b, run in dropped:
        print(f"dropped (shares '{run}' with an earlier sentence): {b[:90]}", file=sys.stderr)
    sentences = sorted(kept)
    kept_set = set(kept)
    rows = [r for r in rows if r["text"] in kept_set]

    # Union near-duplicate sentences so they land in one split.
    parent = {t: t for t in sentences}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    toks = {t: tokens(t) for t in sentences}
    for i, a in enumerate(sentences):
        for b in sentences[i + 1:]:
            ta, tb = toks[a], toks[b]
            if len(ta & tb) / len(ta | tb) > 0.8:
                parent[find(a)] = find(b)

    held = set(HELD_OUT)
    groups = defaultdict(list)
    for t in sentences:
        groups[find(t)].append(t)
    split_of = {}
    for root, members in groups.items():
        if any(r["actor"] in held for t in members for r in by_text[t]):
            split = "test"
        else:
            h = int(hashlib.sha256(root.encode("utf-8")).hexdigest(), 16) % 100
            split = "train" if h < 73 else ("dev" if h < 89 else "test")
        for t in members:
            split_of[t] = split

    counts = {}
    for split in ["train", "dev", "test"]:
        out_rows = []
        for t in sentences:
            if split_of[t] != split:
                continue
            for r in by_text[t]:
                out_rows.append(r)
        out_rows.sort(key=lambda r: (r["part"], r["text"], r["start"]))
        with (OUT / f"{split}.csv").open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["id", "text", "actor", "mention", "label", "start", "end"])
            for k, r in enumerate(out_rows, start=1):
                w.writerow([f"{split}-{k:05d}", r["text"], r["actor"], r["mention"], r["label"], r["start"], r["end"]])
        labels = Counter(r["label"] for r in out_rows)
        counts[split] = (len(out_rows), labels)
        shares = ", ".join(f"{l} {labels[l] / len(out_rows):.1%}" for l in sorted(LABELS))
        print(f"{split}: {len(out_rows)} rows, {len({r['text'] for r in out_rows})} sentences; {shares}")
    train_actors = {r["actor"] for r in rows if split_of[r["text"]] == "train"}
    test_actors = {r["actor"] for r in rows if split_of[r["text"]] == "test"}
    print(f"actors: {len({r['actor'] for r in rows})} distinct; {len(test_actors - train_actors)} test actors unseen in train")
    multi = [t for t in sentences if len(by_text[t]) > 1]
    differing = [t for t in multi if len({r['label'] for r in by_text[t]}) > 1]
    print(f"sentences: {len(sentences)}; with 2+ actors {len(multi) / len(sentences):.1%}; of those with differing labels {len(differing) / max(1, len(multi)):.1%}")


if __name__ == "__main__":
    main()
