#!/usr/bin/env python3
"""Compare `frame` with peer text classifiers on NewsMTSC: quality, training time, prediction throughput.

Every tool is trained on the same pairs, scored on the same pairs and timed on the same input file,
with one thread each (``--threads``). The result is one Markdown table, preceded by the command line,
the date, the machine and the versions of everything measured.

Tools:
  frame         ``frame train`` / ``frame eval`` / ``frame predict`` as subprocesses (end to end:
                process start, model load, reading, featurising, scoring, writing JSON Lines).
  scikit-learn  target-masked text, CountVectorizer(ngram_range=(1, 2)) + LogisticRegression(lbfgs, C=1).
  fastText      supervised, masked text, wordNgrams=2, epoch=25, dim=50, thread=1, seeded.
  Vowpal Wabbit ``--oaa 3`` on the masked bag of words, ``--ngram 2 --passes 5 -c -k``.
Peers that cannot be imported are listed as "not installed".

Peer prediction is timed from loading the saved model to the last JSON line written: read the pair
file, mask the target, featurise, predict probabilities, write one JSON object per pair. Python's
own start and imports are not counted for the peers; frame's process start is counted for frame.

Usage (from the repository root, after ``cargo build --release``):
    python3 benches/compare.py [--pairs 1000000] [--out compare.md]
Optional peers: pip install scikit-learn fasttext-numpy2 vowpalwabbit
"""
from __future__ import annotations

import argparse
import datetime as _dt
import importlib.metadata
import itertools
import json
import os
import pickle
import platform
import random
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = ("negative", "neutral", "positive")
POLARITY = {2: "negative", 4: "neutral", 6: "positive"}
MASK = "TARGETTOKEN"
BATCH = 10_000
WORD_RE = re.compile(r"\w+")
ORIGINAL_OMP = os.environ.get("OMP_NUM_THREADS")


class ToolMissing(Exception):
    """The peer's Python package cannot be imported."""


# ----------------------------------------------------------------------------------------------
# data


def read_newsmtsc(path: Path) -> list[tuple[str, int, int, str]]:
    """(sentence, from, to, label) for every target of a NewsMTSC JSON Lines file."""
    pairs = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            text = rec["sentence_normalized"]
            for t in rec["targets"]:
                pairs.append((text, int(t["from"]), int(t["to"]), POLARITY[int(round(float(t["polarity"])))]))
    return pairs


_FILLER = (
    "the a an of to in on for with at by from about after before over under said says told "
    "reported according officials government state city week year month day people group "
    "party election campaign policy plan law bill vote court report statement meeting "
    "interview press house senate committee members leaders voters supporters critics "
    "department agency program budget tax health care economy jobs workers company market "
    "deal talks issue question decision move case claim comments remarks speech rally "
    "president minister governor mayor official spokesman adviser lawyer judge reporter "
    "would could should might will has have had was were is are been being also still "
    "new last first second national federal local public political former current early "
    "late recent major several many some other more most few later again only just even"
).split()
_CUES = {
    "negative": "attacked blamed criticized condemned accused slammed denounced failed mocked "
    "undermined threatened lied scandal disgraced corrupt reckless dangerous".split(),
    "neutral": "met announced visited noted scheduled described listed attended filed "
    "released published confirmed planned stated".split(),
    "positive": "praised welcomed thanked celebrated honored applauded supported backed "
    "admired championed successful brilliant respected hero victory".split(),
}
_NAMES = (
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez "
    "Lopez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Thompson White Harris Clark"
).split()


def synthetic_newsmtsc(path: Path, n_pairs: int, rng: random.Random) -> None:
    """NewsMTSC-shaped JSON Lines: random filler words, target names and a cue word of each one's label."""
    weights = (3316, 3028, 2395)  # NewsMTSC train label mix
    polarity = {"negative": 2.0, "neutral": 4.0, "positive": 6.0}
    written = 0
    with path.open("w", encoding="utf-8") as fh:
        while written < n_pairs:
            n_targets = min(rng.choice((1, 1, 1, 2, 2, 3)), n_pairs - written)
            words: list[tuple[str, str | None]] = [(rng.choice(_FILLER), None) for _ in range(rng.randint(12, 30))]
            for _ in range(n_targets):
                label = rng.choices(LABELS, weights)[0]
                pos = rng.randrange(len(words) + 1)
                words.insert(pos, (rng.choice(_NAMES), label))
                if rng.random() < 0.85:
                    words.insert(min(len(words), pos + rng.randint(1, 3)), (rng.choice(_CUES[label]), None))
            parts, targets, offset = [], [], 0
            for word, label in words:
                if parts:
                    offset += 1
                if label is not None:
                    targets.append({"from": offset, "to": offset + len(word), "mention": word,
                                    "polarity": polarity[label]})
                parts.append(word)
                offset += len(word)
            sentence = " ".join(parts)
            sentence = sentence[0].upper() + sentence[1:] + "."
            fh.write(json.dumps({"primary_gid": f"synthetic_{written}", "sentence_normalized": sentence,
                                 "targets": targets}) + "\n")
            written += len(targets)


def write_pairs(path: Path, source: list[tuple[str, int, int, str]], n: int) -> None:
    """`n` pairs in frame's pair format, cycling through `source` in order."""
    with path.open("w", encoding="utf-8") as fh:
        for i, (text, start, end, _label) in zip(range(n), itertools.cycle(source)):
            fh.write(json.dumps({"id": str(i), "text": text, "actor": text[start:end], "start": start, "end": end},
                                ensure_ascii=False) + "\n")


def masked(text: str, start: int, end: int) -> str:
    return f"{text[:start]} {MASK} {text[end:]}"


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens for fastText and VW (whitespace-separated input formats)."""
    return WORD_RE.findall(text.lower())


def read_pair_batches(path: Path):
    """Yield (ids, masked texts) batches of the throughput file."""
    ids, texts = [], []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            ids.append(rec["id"])
            texts.append(masked(rec["text"], rec["start"], rec["end"]))
            if len(ids) == BATCH:
                yield ids, texts
                ids, texts = [], []
    if ids:
        yield ids, texts


def write_predictions(fh, ids, labels, probs) -> None:
    fh.write("".join(
        json.dumps({"id": i, "label": lab, "probabilities": {k: round(float(p), 4) for k, p in zip(LABELS, pr)}}) + "\n"
        for i, lab, pr in zip(ids, labels, probs)))


def scores(gold: list[str], pred: list[str]) -> tuple[float, float]:
    """(macro-F1 over the three labels, accuracy)."""
    f1s = []
    for lab in LABELS:
        tp = sum(g == lab and p == lab for g, p in zip(gold, pred))
        fp = sum(g != lab and p == lab for g, p in zip(gold, pred))
        fn = sum(g == lab and p != lab for g, p in zip(gold, pred))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(f1s) / len(f1s), sum(g == p for g, p in zip(gold, pred)) / len(gold)


def count_lines(path: Path) -> int:
    with path.open("rb") as fh:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))


# ----------------------------------------------------------------------------------------------
# tools: each returns dict(f1, acc, train_s, pps, note)


def run(cmd, **kw) -> subprocess.CompletedProcess:
    res = subprocess.run(cmd, **kw)
    if res.returncode != 0:
        err = res.stderr.decode(errors="replace").strip() if isinstance(res.stderr, bytes) else (res.stderr or "")
        raise RuntimeError(f"{shlex.join(map(str, cmd))} exited with {res.returncode}: {err[-2000:]}")
    return res


def bench_frame(frame: Path, tmp: Path, train_file: Path, dev_file: Path, dev_pairs, pairs_file: Path, n: int,
                threads: int) -> dict:
    model = tmp / "frame_model.json"
    t0 = time.perf_counter()
    run([frame, "train", "--format", "newsmtsc", "--data", train_file, "--model", model], capture_output=True)
    train_s = time.perf_counter() - t0
    ev = json.loads(run([frame, "eval", "--json", "--bootstrap", "0", "--format", "newsmtsc", "--model", model,
                         "--data", dev_file], capture_output=True).stdout)
    predict = [frame, "predict", "--model", model, "--jsonl", "--records", "pairs", "--explain", "0", "--format",
               "jsonl", "--threads", str(threads)]
    # sanity: the pair path used for throughput agrees with `frame eval` on the dev pairs
    dev_in, dev_out = tmp / "frame_dev_pairs.jsonl", tmp / "frame_dev_out.jsonl"
    write_pairs(dev_in, dev_pairs, len(dev_pairs))
    with dev_in.open("rb") as fi, dev_out.open("wb") as fo:
        run(predict, stdin=fi, stdout=fo, stderr=subprocess.PIPE)
    with dev_out.open(encoding="utf-8") as fh:
        pred = [json.loads(line)["label"] for line in fh if line.strip()]
    note = ""
    if len(pred) == len(dev_pairs):
        _, acc_pairs = scores([p[3] for p in dev_pairs], pred)
        if abs(acc_pairs - ev["accuracy"]) > 0.005:
            note = f"pair-input accuracy on the dev pairs {acc_pairs:.4f} differs from `frame eval` {ev['accuracy']:.4f}"
    else:
        note = f"pair input on the dev pairs gave {len(pred)} records for {len(dev_pairs)} pairs"
    out = tmp / "frame_out.jsonl"
    with pairs_file.open("rb") as fi, out.open("wb") as fo:
        t0 = time.perf_counter()
        run(predict, stdin=fi, stdout=fo, stderr=subprocess.PIPE)
        pred_s = time.perf_counter() - t0
    got = count_lines(out)
    out.unlink()
    if got != n:
        note = (note + "; " if note else "") + f"wrote {got:,} records for {n:,} pairs"
    return {"f1": ev["macro_f1"], "acc": ev["accuracy"], "train_s": train_s, "pps": n / pred_s, "pred_s": pred_s,
            "note": note}


def bench_sklearn(tmp: Path, train, dev, pairs_file: Path, n: int, seed: int) -> dict:
    try:
        from sklearn.exceptions import ConvergenceWarning
        from sklearn.feature_extraction.text import CountVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError as e:
        raise ToolMissing(str(e)) from e
    note = ""
    t0 = time.perf_counter()
    x_text = [masked(t, s, e) for t, s, e, _ in train]
    vec = CountVectorizer(ngram_range=(1, 2))
    x = vec.fit_transform(x_text)
    clf = LogisticRegression(max_iter=1000, C=1.0, solver="lbfgs", random_state=seed)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ConvergenceWarning)
        clf.fit(x, [p[3] for p in train])
    train_s = time.perf_counter() - t0
    if any(issubclass(w.category, ConvergenceWarning) for w in caught):
        note = "lbfgs did not converge in 1000 iterations"
    classes = list(clf.classes_)
    order = [classes.index(lab) for lab in LABELS]
    pred = clf.predict(vec.transform([masked(t, s, e) for t, s, e, _ in dev]))
    f1, acc = scores([p[3] for p in dev], list(pred))
    model = tmp / "sklearn_model.pkl"
    with model.open("wb") as fh:
        pickle.dump((vec, clf), fh, protocol=pickle.HIGHEST_PROTOCOL)
    del vec, clf
    out = tmp / "sklearn_out.jsonl"
    t0 = time.perf_counter()
    with model.open("rb") as fh:
        vec, clf = pickle.load(fh)
    with out.open("w", encoding="utf-8") as fo:
        for ids, texts in read_pair_batches(pairs_file):
            proba = clf.predict_proba(vec.transform(texts))[:, order]
            write_predictions(fo, ids, [LABELS[i] for i in proba.argmax(axis=1)], proba)
    pred_s = time.perf_counter() - t0
    got = count_lines(out)
    out.unlink()
    if got != n:
        note = (note + "; " if note else "") + f"wrote {got:,} records for {n:,} pairs"
    return {"f1": f1, "acc": acc, "train_s": train_s, "pps": n / pred_s, "pred_s": pred_s, "note": note}


def bench_fasttext(tmp: Path, train, dev, pairs_file: Path, n: int, seed: int, threads: int) -> dict:
    try:
        import fasttext
    except ImportError as e:
        raise ToolMissing(str(e)) from e
    train_txt = tmp / "fasttext_train.txt"
    t0 = time.perf_counter()
    with train_txt.open("w", encoding="utf-8") as fh:
        for t, s, e, lab in train:
            fh.write(f"__label__{lab} {' '.join(tokens(masked(t, s, e)))}\n")
    ft = fasttext.train_supervised(input=str(train_txt), wordNgrams=2, epoch=25, dim=50, thread=threads, seed=seed,
                                   verbose=0)
    train_s = time.perf_counter() - t0
    labels, _ = ft.predict([" ".join(tokens(masked(t, s, e))) for t, s, e, _ in dev], k=1)
    f1, acc = scores([p[3] for p in dev], [ls[0].removeprefix("__label__") for ls in labels])
    model = tmp / "fasttext_model.bin"
    ft.save_model(str(model))
    del ft
    out = tmp / "fasttext_out.jsonl"
    t0 = time.perf_counter()
    ft = fasttext.load_model(str(model))
    with out.open("w", encoding="utf-8") as fo:
        for ids, texts in read_pair_batches(pairs_file):
            labs, probs = ft.predict([" ".join(tokens(t)) for t in texts], k=-1)
            rows = []
            for ls, ps in zip(labs, probs):
                d = {lab.removeprefix("__label__"): p for lab, p in zip(ls, ps)}
                rows.append([d.get(lab, 0.0) for lab in LABELS])
            write_predictions(fo, ids, [ls[0].removeprefix("__label__") for ls in labs], rows)
    pred_s = time.perf_counter() - t0
    got = count_lines(out)
    out.unlink()
    note = "" if got == n else f"wrote {got:,} records for {n:,} pairs"
    return {"f1": f1, "acc": acc, "train_s": train_s, "pps": n / pred_s, "pred_s": pred_s, "note": note}


VW_TRAIN_ARGS = "--oaa 3 --loss_function logistic --probabilities --ngram 2 --passes 5 -c -k --holdout_off"


def bench_vw(tmp: Path, train, dev, pairs_file: Path, n: int, seed: int) -> dict:
    try:
        from vowpalwabbit import Workspace
    except ImportError as e:
        raise ToolMissing(str(e)) from e
    train_vw, cache, model = tmp / "vw_train.txt", tmp / "vw_train.cache", tmp / "vw_model.bin"
    t0 = time.perf_counter()
    with train_vw.open("w", encoding="utf-8") as fh:
        for t, s, e, lab in train:
            fh.write(f"{LABELS.index(lab) + 1} | {' '.join(tokens(masked(t, s, e)))}\n")
    ws = Workspace(arg_list=[*VW_TRAIN_ARGS.split(), "--cache_file", str(cache), "-d", str(train_vw), "-f", str(model),
                             "--random_seed", str(seed), "--quiet"])
    ws.finish()
    train_s = time.perf_counter() - t0
    ws = Workspace(arg_list=["-i", str(model), "-t", "--probabilities", "--quiet"])
    pred = []
    for t, s, e, _ in dev:
        pr = ws.predict("| " + " ".join(tokens(masked(t, s, e))))
        pred.append(LABELS[max(range(3), key=pr.__getitem__)])
    ws.finish()
    f1, acc = scores([p[3] for p in dev], pred)
    out = tmp / "vw_out.jsonl"
    t0 = time.perf_counter()
    ws = Workspace(arg_list=["-i", str(model), "-t", "--probabilities", "--quiet"])
    with out.open("w", encoding="utf-8") as fo:
        for ids, texts in read_pair_batches(pairs_file):
            probs = [ws.predict("| " + " ".join(tokens(t))) for t in texts]
            write_predictions(fo, ids, [LABELS[max(range(3), key=p.__getitem__)] for p in probs], probs)
    ws.finish()
    pred_s = time.perf_counter() - t0
    got = count_lines(out)
    out.unlink()
    note = "" if got == n else f"wrote {got:,} records for {n:,} pairs"
    return {"f1": f1, "acc": acc, "train_s": train_s, "pps": n / pred_s, "pred_s": pred_s, "note": note}


# ----------------------------------------------------------------------------------------------
# report


def machine() -> str:
    try:
        # nproc honours OMP_NUM_THREADS, which this script sets: ask it with the original environment
        env = {k: v for k, v in os.environ.items() if k not in ("OMP_NUM_THREADS", "OMP_THREAD_LIMIT")}
        if ORIGINAL_OMP is not None:
            env["OMP_NUM_THREADS"] = ORIGINAL_OMP
        cores = subprocess.run(["nproc"], capture_output=True, text=True, check=True, env=env).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        cores = str(os.cpu_count())
    model, mem = "unknown CPU", "unknown RAM"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = f"{int(line.split()[1]) / 1024 ** 2:.1f} GiB RAM"
                break
    except OSError:
        pass
    return f"{cores} CPU(s) (nproc), {model}, {mem}"


def versions() -> str:
    out = [f"Python {platform.python_version()}"]
    for dist in ("numpy", "scipy", "scikit-learn", "fasttext-numpy2", "fasttext", "vowpalwabbit"):
        try:
            out.append(f"{dist} {importlib.metadata.version(dist)}")
        except importlib.metadata.PackageNotFoundError:
            pass
    return ", ".join(out)


def fmt_ratio(x: float | None) -> str:
    return "—" if x is None else f"{x:,.2f}×"


def render(header: list[str], rows: list[tuple[str, dict | str]], notes: list[str], scored_on: str) -> str:
    lines = list(header) + [""]
    lines.append(f"| tool | macro-F1 ({scored_on}) | accuracy | training s | prediction pairs/s "
                 "| frame training speed-up (peer s / frame s) | frame throughput ratio (frame pairs/s / peer pairs/s) |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|")
    ref = rows[0][1] if isinstance(rows[0][1], dict) else None
    for name, r in rows:
        if isinstance(r, str):
            lines.append(f"| {name} | {r} | | | | | |")
            continue
        is_ref = r is ref
        speed = None if is_ref or ref is None else r["train_s"] / ref["train_s"]
        thr = None if is_ref or ref is None else ref["pps"] / r["pps"]
        lines.append(f"| {name} | {r['f1']:.4f} | {r['acc']:.4f} | {r['train_s']:.2f} | {r['pps']:,.0f} "
                     f"| {fmt_ratio(speed)} | {fmt_ratio(thr)} |")
    lines.append("")
    lines += [f"- {n}" for n in notes]
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--frame", type=Path, default=ROOT / "target" / "release" / "frame",
                    help="frame binary (default: target/release/frame of this repository)")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "benchmarks",
                    help="benchmarks folder holding newsmtsc/ (default: ../shared/benchmarks); synthetic data if absent")
    ap.add_argument("--pairs", type=int, default=1_000_000, help="pairs in the throughput file (default 1,000,000)")
    ap.add_argument("--out", type=Path, help="write the Markdown report here (default: stdout)")
    ap.add_argument("--threads", type=int, default=1, help="threads for every tool (default 1)")
    ap.add_argument("--seed", type=int, default=1, help="seed for synthetic data, fastText and VW (default 1)")
    args = ap.parse_args()
    if args.pairs < 1 or args.threads < 1:
        ap.error("--pairs and --threads must be at least 1")
    command = shlex.join([Path(sys.executable).name, *sys.argv])
    # before numpy, scipy or any peer is imported
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = str(args.threads)
    os.environ["RAYON_NUM_THREADS"] = str(args.threads)
    if not (args.frame.is_file() and os.access(args.frame, os.X_OK)):
        print(f"compare.py: no frame binary at {args.frame} (run `cargo build --release`)", file=sys.stderr)
        return 2
    started = _dt.datetime.now(_dt.timezone.utc)
    wall0 = time.perf_counter()

    with tempfile.TemporaryDirectory(prefix="frame-compare-") as tmp_s:
        tmp = Path(tmp_s)
        # one copy for the whole run, so that a concurrent `cargo build` cannot swap the binary midway
        frame = tmp / "frame"
        shutil.copy2(args.frame, frame)
        version = run([frame, "--version"], capture_output=True, text=True).stdout.strip()
        nm = args.shared / "newsmtsc"
        train_file, dev_file = nm / "train.jsonl", nm / "devtest_mt.jsonl"
        scored_on = "devtest_mt"
        if train_file.is_file() and dev_file.is_file():
            data_desc = (f"NewsMTSC (`{train_file}` for training, `{dev_file}` for scoring; throughput input = "
                         "devtest_mt pairs then train pairs, repeated in order)")
        else:
            rng = random.Random(args.seed)
            scored_on = "synthetic scoring set"
            train_file, dev_file = tmp / "synthetic_train.jsonl", tmp / "synthetic_devtest.jsonl"
            synthetic_newsmtsc(train_file, 8739, rng)
            synthetic_newsmtsc(dev_file, 1476, rng)
            data_desc = (f"SYNTHETIC: no NewsMTSC under `{args.shared}`; sentences of random words from a fixed "
                         f"vocabulary (seed {args.seed}) with a target name and label cue words, 8,739 training and "
                         "1,476 scoring pairs in NewsMTSC layout. Scores are not comparable with NewsMTSC ones")
        train, dev = read_newsmtsc(train_file), read_newsmtsc(dev_file)
        pairs_file = tmp / "pairs.jsonl"
        write_pairs(pairs_file, dev + train, args.pairs)

        rows: list[tuple[str, dict | str]] = []
        notes: list[str] = []
        fr = bench_frame(frame, tmp, train_file, dev_file, dev, pairs_file, args.pairs, args.threads)
        rows.append(("frame", fr))
        if fr["note"]:
            notes.append(f"frame: {fr['note']}")
        peers = [
            ("scikit-learn (CountVectorizer 1-2 + LogisticRegression)",
             lambda: bench_sklearn(tmp, train, dev, pairs_file, args.pairs, args.seed)),
            ("fastText (wordNgrams 2, epoch 25, dim 50)",
             lambda: bench_fasttext(tmp, train, dev, pairs_file, args.pairs, args.seed, args.threads)),
            ("Vowpal Wabbit (--oaa 3 --ngram 2 --passes 5)",
             lambda: bench_vw(tmp, train, dev, pairs_file, args.pairs, args.seed)),
        ]
        for name, fn in peers:
            try:
                r = fn()
            except ToolMissing:
                rows.append((name, "not installed"))
                continue
            except Exception as e:  # a peer failing must not hide the others
                rows.append((name, "failed"))
                notes.append(f"{name} failed: {type(e).__name__}: {str(e)[:300]}")
                continue
            rows.append((name, r))
            if r["note"]:
                notes.append(f"{name}: {r['note']}")
            for p in tmp.glob("*_out.jsonl"):
                p.unlink()

    total = time.perf_counter() - wall0
    header = [
        "# frame versus peer classifiers",
        "",
        f"- command: `{command}`",
        f"- date (UTC): {started:%Y-%m-%d %H:%M:%S}",
        f"- machine: {machine()}",
        f"- versions: {version}; {versions()}",
        f"- threads: {args.threads} per tool (`--threads {args.threads}` for frame predict; "
        f"OMP/OPENBLAS/MKL_NUM_THREADS={args.threads} and fastText thread={args.threads} for the peers)",
        f"- throughput input: {args.pairs:,} pairs (JSON Lines: id, text, actor, start, end)",
        f"- data: {data_desc}",
        f"- scored on {len(dev):,} pairs, trained on {len(train):,} pairs; whole run took {total:.0f} s",
    ]
    notes = [
        "frame times are wall times of the `frame train` / `frame predict` processes (process start, model "
        "load, reading, featurising, scoring, writing JSON Lines); its scores come from `frame eval`.",
        "Peer training time covers masking the target (replaced by TARGETTOKEN), featurising/writing the "
        "training file and fitting. Peer prediction time runs from loading the saved model to the last JSON "
        "line written (read pairs, mask, featurise, predict probabilities, write id/label/probabilities), in "
        f"batches of {BATCH:,} pairs; the Python interpreter's start and imports are not counted.",
        "fastText and VW see lower-cased `\\w+` tokens of the masked sentence; scikit-learn uses "
        "CountVectorizer's own tokeniser.",
        f"VW is run through its Python API with `{VW_TRAIN_ARGS}` (`--holdout_off` so that it trains on every "
        "pair like the others; logistic loss so that `--probabilities` gives class probabilities) and "
        "predicts one pair per call.",
        *notes,
    ]
    report = render(header, rows, notes, scored_on)
    if args.out:
        args.out.write_text(report, encoding="utf-8")
    else:
        sys.stdout.write(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
