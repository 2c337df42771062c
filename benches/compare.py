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

After the peer table come sections that measure frame alone, with the model trained for the table:
  threads   ``frame predict --threads 1``, ``2`` (and ``nproc`` when above 2) on the same pair file:
            wall time, pairs/s, speed-up over one thread, byte-identical output.
  articles  raw articles built from the NewsMTSC sentences (25 a piece, 2-3 paragraphs, under a few
            lines of scraped-page residue), as a directory of .txt files and as one JSON Lines file:
            MB/s of input text, articles/s and pairs found, with 1 and 2 (and nproc) threads.
  memory    peak RSS of ``frame predict`` (GNU ``/usr/bin/time -f %M``, else /proc/PID/status VmHWM
            polling) on the pair file, the pair file repeated 4 times, and the articles,
            next to the model file's size.

Usage (from the repository root, after ``cargo build --release``):
    python3 benches/compare.py [--pairs 1000000] [--article-mb 50] [--out compare.md]
        [--sections peers,threads,articles,memory] [--skip-peers]
Optional peers: pip install scikit-learn fasttext-numpy2 vowpalwabbit
"""
from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
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


# Training is timed TRAIN_REPEATS times per tool and the fastest run is reported (set by
# --train-repeats): one run of a 0.15 s process is at the mercy of the scheduler. Prediction
# throughput likewise, PREDICT_REPEATS times per tool (--predict-repeats): on a shared machine
# one 2-second run moves by a tenth with whatever else runs.
TRAIN_REPEATS = 3
PREDICT_REPEATS = 3


def best_time(fn, repeats: int | None = None) -> float:
    """Run `fn` `repeats` times (default TRAIN_REPEATS); return the shortest wall time in seconds."""
    best = float("inf")
    for _ in range(repeats or TRAIN_REPEATS):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


# The fields of frame's pair records that carry what the peers write per pair.
PEER_FIELDS = "article_id,label,probabilities"


def bench_frame(frame: Path, tmp: Path, train_file: Path, dev_file: Path, dev_pairs, pairs_file: Path, n: int,
                threads: int) -> dict:
    model = tmp / "frame_model.json"
    train_s = best_time(lambda: run([frame, "train", "--format", "newsmtsc", "--data", train_file, "--model", model],
                                    capture_output=True))
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

    def predict_into_out(cmd):
        with pairs_file.open("rb") as fi, out.open("wb") as fo:
            run(cmd, stdin=fi, stdout=fo, stderr=subprocess.PIPE)

    pred_s = best_time(lambda: predict_into_out(predict), PREDICT_REPEATS)
    got = count_lines(out)
    out.unlink()
    if got != n:
        note = (note + "; " if note else "") + f"wrote {got:,} records for {n:,} pairs"
    # The same run writing what the peers write per pair (id, label, probabilities) instead of
    # frame's full record (which also echoes the sentence, the actor and its mentions).
    compact_s = best_time(lambda: predict_into_out([*predict, "--fields", PEER_FIELDS]), PREDICT_REPEATS)
    got = count_lines(out)
    out.unlink()
    if got != n:
        note = (note + "; " if note else "") + f"wrote {got:,} peer-equivalent records for {n:,} pairs"
    return {"f1": ev["macro_f1"], "acc": ev["accuracy"], "train_s": train_s, "pps": n / pred_s, "pred_s": pred_s,
            "pps_compact": n / compact_s, "note": note}


def bench_sklearn(tmp: Path, train, dev, pairs_file: Path, n: int, seed: int) -> dict:
    try:
        from sklearn.exceptions import ConvergenceWarning
        from sklearn.feature_extraction.text import CountVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError as e:
        raise ToolMissing(str(e)) from e
    note = ""
    fitted = {}

    def fit():
        x_text = [masked(t, s, e) for t, s, e, _ in train]
        vec = CountVectorizer(ngram_range=(1, 2))
        x = vec.fit_transform(x_text)
        clf = LogisticRegression(max_iter=1000, C=1.0, solver="lbfgs", random_state=seed)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ConvergenceWarning)
            clf.fit(x, [p[3] for p in train])
        fitted.update(vec=vec, clf=clf, caught=caught)

    train_s = best_time(fit)
    vec, clf = fitted["vec"], fitted["clf"]
    if any(issubclass(w.category, ConvergenceWarning) for w in fitted["caught"]):
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

    def predict():
        with model.open("rb") as fh:
            vec, clf = pickle.load(fh)
        with out.open("w", encoding="utf-8") as fo:
            for ids, texts in read_pair_batches(pairs_file):
                proba = clf.predict_proba(vec.transform(texts))[:, order]
                write_predictions(fo, ids, [LABELS[i] for i in proba.argmax(axis=1)], proba)

    pred_s = best_time(predict, PREDICT_REPEATS)
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
    fitted = {}

    def fit():
        with train_txt.open("w", encoding="utf-8") as fh:
            for t, s, e, lab in train:
                fh.write(f"__label__{lab} {' '.join(tokens(masked(t, s, e)))}\n")
        fitted["ft"] = fasttext.train_supervised(input=str(train_txt), wordNgrams=2, epoch=25, dim=50, thread=threads,
                                                 seed=seed, verbose=0)

    train_s = best_time(fit)
    ft = fitted["ft"]
    labels, _ = ft.predict([" ".join(tokens(masked(t, s, e))) for t, s, e, _ in dev], k=1)
    f1, acc = scores([p[3] for p in dev], [ls[0].removeprefix("__label__") for ls in labels])
    model = tmp / "fasttext_model.bin"
    ft.save_model(str(model))
    del ft
    out = tmp / "fasttext_out.jsonl"

    def predict():
        ft = fasttext.load_model(str(model))
        with out.open("w", encoding="utf-8") as fo:
            for ids, texts in read_pair_batches(pairs_file):
                labs, probs = ft.predict([" ".join(tokens(t)) for t in texts], k=-1)
                rows = []
                for ls, ps in zip(labs, probs):
                    d = {lab.removeprefix("__label__"): p for lab, p in zip(ls, ps)}
                    rows.append([d.get(lab, 0.0) for lab in LABELS])
                write_predictions(fo, ids, [ls[0].removeprefix("__label__") for ls in labs], rows)

    pred_s = best_time(predict, PREDICT_REPEATS)
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
    def fit():
        cache.unlink(missing_ok=True)  # each run builds its cache, as the first one did
        with train_vw.open("w", encoding="utf-8") as fh:
            for t, s, e, lab in train:
                fh.write(f"{LABELS.index(lab) + 1} | {' '.join(tokens(masked(t, s, e)))}\n")
        ws = Workspace(arg_list=[*VW_TRAIN_ARGS.split(), "--cache_file", str(cache), "-d", str(train_vw), "-f",
                                 str(model), "--random_seed", str(seed), "--quiet"])
        ws.finish()

    train_s = best_time(fit)
    ws = Workspace(arg_list=["-i", str(model), "-t", "--probabilities", "--quiet"])
    pred = []
    for t, s, e, _ in dev:
        pr = ws.predict("| " + " ".join(tokens(masked(t, s, e))))
        pred.append(LABELS[max(range(3), key=pr.__getitem__)])
    ws.finish()
    f1, acc = scores([p[3] for p in dev], pred)
    out = tmp / "vw_out.jsonl"

    def predict():
        ws = Workspace(arg_list=["-i", str(model), "-t", "--probabilities", "--quiet"])
        with out.open("w", encoding="utf-8") as fo:
            for ids, texts in read_pair_batches(pairs_file):
                probs = [ws.predict("| " + " ".join(tokens(t))) for t in texts]
                write_predictions(fo, ids, [LABELS[max(range(3), key=p.__getitem__)] for p in probs], probs)
        ws.finish()

    pred_s = best_time(predict, PREDICT_REPEATS)
    got = count_lines(out)
    out.unlink()
    note = "" if got == n else f"wrote {got:,} records for {n:,} pairs"
    return {"f1": f1, "acc": acc, "train_s": train_s, "pps": n / pred_s, "pred_s": pred_s, "note": note}


# ----------------------------------------------------------------------------------------------
# frame-only sections: thread scaling, raw-article throughput, memory

SECTIONS = ("peers", "threads", "articles", "memory")
MB = 1_000_000  # the new sections' MB are decimal megabytes (10^6 bytes)
ARTICLE_SENTENCES = 25
SITES = ("The Daily Ledger", "Capitol Courier", "Metro Tribune Online", "World News Wire", "The Evening Post")
RESIDUE = ("Home | World | Politics | Business | Opinion", "Mo Tu We Th Fr Sa Su", "Share | Tweet")
GNU_TIME = Path("/usr/bin/time")


def loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unavailable"


def gnu_time_works(tmp: Path) -> bool:
    """Whether /usr/bin/time understands ``-f %M -o FILE`` (GNU time), checked on `true`."""
    if not (GNU_TIME.is_file() and os.access(GNU_TIME, os.X_OK)):
        return False
    probe = tmp / "time_probe.txt"
    try:
        res = subprocess.run([GNU_TIME, "-f", "%M", "-o", probe, "true"], capture_output=True, timeout=30)
        return res.returncode == 0 and probe.read_text().strip().splitlines()[-1].isdigit()
    except (OSError, subprocess.SubprocessError, IndexError):
        return False


def _vm_hwm_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def measured_run(cmd, stdout: Path, tmp: Path, use_time: bool, stdin: Path | None = None) -> tuple[float, int]:
    """Run `cmd` (stdin from a file or empty, stdout to a file); return (wall seconds, peak RSS in bytes).

    With GNU time the command runs as ``/usr/bin/time -f %M -o FILE cmd`` (maximum resident set size of
    that one process, in KiB). Otherwise this process polls /proc/PID/status VmHWM (the high-water mark of
    the exec'd program's own memory) every 5 ms until the command exits. wait4's ru_maxrss is not used:
    on Linux it also counts the memory of the forked Python process before exec."""
    cmd = [str(c) for c in cmd]
    err_file, rss_file = tmp / "measured_stderr.txt", tmp / "measured_rss.txt"
    rss_file.unlink(missing_ok=True)
    full = [str(GNU_TIME), "-f", "%M", "-o", str(rss_file), *cmd] if use_time else cmd
    with (stdin.open("rb") if stdin else open(os.devnull, "rb")) as fi, stdout.open("wb") as fo, \
            err_file.open("wb") as fe:
        t0 = time.perf_counter()
        if use_time:
            code = subprocess.run(full, stdin=fi, stdout=fo, stderr=fe).returncode
            wall = time.perf_counter() - t0
        else:
            proc = subprocess.Popen(full, stdin=fi, stdout=fo, stderr=fe)
            peak_kib = 0
            while True:
                peak_kib = max(peak_kib, _vm_hwm_kib(proc.pid))
                if proc.poll() is not None:
                    wall = time.perf_counter() - t0
                    code = proc.returncode
                    break
                time.sleep(0.005)
    if code != 0:
        err = err_file.read_text(errors="replace").strip()
        raise RuntimeError(f"{shlex.join(cmd)} exited with {code}: {err[-2000:]}")
    if use_time:
        peak_kib = int(rss_file.read_text().strip().splitlines()[-1])
    return wall, peak_kib * 1024


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read_sentences(path: Path) -> list[str]:
    """`sentence_normalized` of every record of a NewsMTSC JSON Lines file, in file order."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)["sentence_normalized"] for line in fh if line.strip()]


def make_article(index: int, sentences: list[str]) -> str:
    """Scraped-page residue lines, then the sentences joined by spaces into 2 or 3 paragraphs."""
    n_par = 2 + index % 2
    bounds = [round(len(sentences) * j / n_par) for j in range(n_par + 1)]
    paragraphs = [" ".join(sentences[a:b]) for a, b in zip(bounds, bounds[1:])]
    head = [SITES[index % len(SITES)], *RESIDUE]
    return "\n".join(head) + "\n\n" + "\n\n".join(paragraphs) + "\n"


def build_articles(sentences: list[str], min_bytes: int, txt_dir: Path, jsonl: Path) -> dict:
    """Articles of ARTICLE_SENTENCES consecutive sentences (cycling through `sentences` in order) until
    their text reaches `min_bytes`, written as one .txt file each and as one JSON Lines file."""
    txt_dir.mkdir()
    stream = itertools.cycle(sentences)
    n = text_bytes = 0
    with jsonl.open("w", encoding="utf-8") as fj:
        while text_bytes < min_bytes:
            text = make_article(n, [next(stream) for _ in range(ARTICLE_SENTENCES)])
            data = text.encode("utf-8")
            (txt_dir / f"article_{n:06d}.txt").write_bytes(data)
            fj.write(json.dumps({"id": f"article_{n:06d}", "text": text}, ensure_ascii=False) + "\n")
            text_bytes += len(data)
            n += 1
    return {"articles": n, "text_bytes": text_bytes, "jsonl_bytes": jsonl.stat().st_size,
            "sentences": n * ARTICLE_SENTENCES, "passes": n * ARTICLE_SENTENCES / len(sentences)}


def count_records(path: Path) -> dict[str, int]:
    """Records of frame's JSON Lines output by "type"."""
    counts: dict[str, int] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                kind = json.loads(line).get("type", "?")
                counts[kind] = counts.get(kind, 0) + 1
    return counts


def fmt_mb(n_bytes: float) -> str:
    return f"{n_bytes / MB:,.1f}"


def yes_no(flag: bool) -> str:
    return "yes" if flag else "**no**"


def section_threads(frame: Path, model: Path, pairs_file: Path, n: int, thread_counts: list[int], tmp: Path,
                    use_time: bool) -> list[str]:
    cmd = [frame, "predict", "--model", model, "--jsonl", "--records", "pairs", "--explain", "0", "--format", "jsonl"]
    load = loadavg()
    runs = []
    digests = set()
    for t in thread_counts:
        out = tmp / f"threads_{t}_out.jsonl"
        best = None
        for _ in range(PREDICT_REPEATS):
            wall, rss = measured_run([*cmd, "--threads", t], out, tmp, use_time, stdin=pairs_file)
            digest = file_digest(out)
            digests.add(digest)
            if best is None or wall < best["wall"]:
                best = {"threads": t, "wall": wall, "rss": rss, "digest": digest, "lines": count_lines(out)}
            out.unlink()
        runs.append(best)
    base = runs[0]
    identical = len(digests) == 1
    lines = [
        "### Thread scaling of frame predict",
        "",
        f"`frame predict --model MODEL --jsonl --records pairs --explain 0 "
        f"--format jsonl --threads T < pairs.jsonl > out.jsonl`, on the same {n:,}-pair JSON Lines file as the "
        f"peer table's throughput input, {PREDICT_REPEATS} runs per thread count, one after the other; the fastest is shown. "
        "Wall time is the whole process (start, model "
        "load, reading, featurising, scoring, writing to a file in the temporary directory); pairs/s = pairs / "
        "wall s; speed-up = one-thread wall s / T-thread wall s. Outputs are compared by SHA-256 with the "
        f"one-thread output (every run's). Load average (1/5/15 min) when the section started: {load}.",
        "",
        "| threads | wall s | pairs/s | speed-up vs 1 thread | records written | output identical to 1 thread "
        "| peak RSS MB |",
        "|---:|---:|---:|---:|---:|---|---:|",
    ]
    for r in runs:
        lines.append(f"| {r['threads']} | {r['wall']:.2f} | {n / r['wall']:,.0f} | {base['wall'] / r['wall']:.2f}× "
                     f"| {r['lines']:,} | {yes_no(r['digest'] == base['digest'])} | {fmt_mb(r['rss'])} |")
    compared = ", ".join(f"--threads {r['threads']}" for r in runs)
    lines += ["", f"- identical: {'yes' if identical else 'no'} (outputs of every run of {compared} compared byte for byte)"]
    if any(r["lines"] != n for r in runs):
        lines.append(f"- some runs did not write {n:,} records (see the records column)")
    return lines + [""]


def section_articles(frame: Path, model: Path, info: dict, txt_dir: Path, jsonl: Path, thread_counts: list[int],
                     tmp: Path, use_time: bool, source_desc: str) -> list[str]:
    cmd = [frame, "predict", "--model", model, "--format", "jsonl", "--records", "both", "--explain", "0"]
    load = loadavg()
    runs = []
    for form, path in (("directory of .txt files", txt_dir), ("one JSON Lines file", jsonl)):
        for t in thread_counts:
            out = tmp / f"articles_{t}_out.jsonl"
            wall, rss = measured_run([*cmd, "--threads", t, path], out, tmp, use_time)
            counts = count_records(out)
            runs.append({"form": form, "threads": t, "wall": wall, "rss": rss, "digest": file_digest(out),
                         "pairs": counts.pop("pair", 0), "summaries": counts.pop("summary", 0), "other": counts})
            out.unlink()
    n, nbytes = info["articles"], info["text_bytes"]
    lines = [
        "### Raw-article throughput",
        "",
        f"Articles built from {source_desc}: {ARTICLE_SENTENCES} consecutive sentences each (cycling through the "
        f"list, {info['passes']:.1f} passes), joined by spaces into 2 or 3 paragraphs (alternately) separated by "
        "blank lines, each preceded by scraped-page residue lines: a site name, `"
        f"{RESIDUE[0]}`, `{RESIDUE[1]}`, `{RESIDUE[2]}`. Built until the text reached the requested size: "
        f"{n:,} articles, {fmt_mb(nbytes)} MB of UTF-8 text (MB = 10^6 bytes), written (a) as {n:,} .txt files "
        f"in one directory and (b) as one JSON Lines file of `id` and `text` ({fmt_mb(info['jsonl_bytes'])} MB "
        "with JSON escaping). Command: `frame predict --model MODEL --format jsonl --records both --explain 0 "
        "--threads T INPUT > out.jsonl` (INPUT = the directory or the .jsonl file), once each. MB/s = text bytes "
        "/ wall s (the same text byte count for both forms), per core = MB/s / T; articles/s = articles / wall "
        "s; pairs found = `\"type\": \"pair\"` records written, summaries = per-article actor summary records. "
        "The input files were just written, so they are read from the page cache. Load average (1/5/15 min) "
        f"when the section started: {load}.",
        "",
        "| input | threads | wall s | MB/s | MB/s per core | articles/s | pairs found | summaries "
        "| output identical to 1 thread | peak RSS MB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|---:|",
    ]
    for r in runs:
        base = next(b for b in runs if b["form"] == r["form"])
        lines.append(f"| {r['form']} | {r['threads']} | {r['wall']:.2f} | {nbytes / MB / r['wall']:,.1f} "
                     f"| {nbytes / MB / r['wall'] / r['threads']:,.1f} | {n / r['wall']:,.0f} | {r['pairs']:,} "
                     f"| {r['summaries']:,} | {yes_no(r['digest'] == base['digest'])} | {fmt_mb(r['rss'])} |")
    lines.append("")
    same_pairs = len({r["pairs"] for r in runs}) == 1 and len({r["summaries"] for r in runs}) == 1
    lines.append(f"- same pair and summary counts for both input forms and every thread count: {yes_no(same_pairs)} "
                 "(the outputs of the two forms differ in `article_id`: file path versus JSON `id`)")
    for r in runs:
        if r["other"]:
            lines.append(f"- {r['form']}, {r['threads']} threads: other record types {r['other']}")
    if runs and runs[0]["pairs"] == 0:
        lines.append("- no pairs were found: the model's gazetteer knows none of the sentences' actors")
    return lines + [""]


def section_memory(frame: Path, model: Path, pairs_file: Path, n: int, articles_jsonl: Path | None,
                   n_articles: int, tmp: Path, use_time: bool) -> list[str]:
    pairs_cmd = [frame, "predict", "--model", model, "--jsonl", "--records", "pairs", "--explain", "0", "--format",
                 "jsonl", "--threads", "1"]
    art_cmd = [frame, "predict", "--model", model, "--format", "jsonl", "--records", "both", "--explain", "0",
               "--threads", "1"]
    load = loadavg()
    empty = tmp / "empty.jsonl"
    empty.write_bytes(b"")
    repeated = tmp / "pairs_x4.jsonl"
    with repeated.open("wb") as fo:
        for _ in range(4):
            with pairs_file.open("rb") as fi:
                shutil.copyfileobj(fi, fo, 1 << 20)
    cases = [
        ("empty input (start and model load only)", pairs_cmd, empty, None),
        (f"{n:,}-pair JSON Lines (stdin)", pairs_cmd, pairs_file, None),
        (f"same file 4 times, {4 * n:,} pairs (stdin)", pairs_cmd, repeated, None),
    ]
    if articles_jsonl is not None:
        cases.append((f"{n_articles:,} articles, JSON Lines file", [*art_cmd, articles_jsonl], None, articles_jsonl))
    model_bytes = model.stat().st_size
    rows = []
    for name, cmd, stdin, arg in cases:
        out = tmp / "memory_out.jsonl"
        wall, rss = measured_run(cmd, out, tmp, use_time, stdin=stdin)
        out.unlink()
        rows.append((name, (stdin or arg).stat().st_size, wall, rss))
    repeated.unlink()
    how = ("GNU time: `/usr/bin/time -f %M -o FILE frame predict ...`, the maximum resident set size of the frame "
           "process itself" if use_time else
           "no GNU /usr/bin/time here: a Python wrapper polled the frame process's /proc/PID/status VmHWM "
           "every 5 ms (a sample: growth in the last few milliseconds before exit can be missed)")
    lines = [
        "### Memory",
        "",
        f"Peak resident set size of one `frame predict --threads 1` process per input, measured with {how}. "
        "Pair inputs use `--jsonl --records pairs --explain 0 --format jsonl` on stdin; the articles use "
        "`--format jsonl --records both --explain 0` with the file as argument; output goes to a file. The model "
        f"is the same JSON model file as above, {fmt_mb(model_bytes)} MB on disk; \"peak RSS − model\" subtracts "
        "that file size (the in-memory model is not the same size as its JSON, so this is only a rough split "
        f"between the model and everything else). Load average (1/5/15 min) when the section started: {load}.",
        "",
        "| input | input MB | wall s | peak RSS MB | model file MB | peak RSS − model MB |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, size, wall, rss in rows:
        lines.append(f"| {name} | {fmt_mb(size)} | {wall:.2f} | {fmt_mb(rss)} | {fmt_mb(model_bytes)} "
                     f"| {fmt_mb(rss - model_bytes)} |")
    one, four = rows[1][3], rows[2][3]
    lines += ["", f"- peak RSS with 4× the pairs / with 1×: {four / one:.2f} (MB figures: {fmt_mb(four)} / "
              f"{fmt_mb(one)})", "- peak RSS with 2 or more threads: last column of the thread and article tables, when those sections run."]
    return lines + [""]


# ----------------------------------------------------------------------------------------------
# report


def nproc() -> str:
    try:
        # nproc honours OMP_NUM_THREADS, which this script sets: ask it with the original environment
        env = {k: v for k, v in os.environ.items() if k not in ("OMP_NUM_THREADS", "OMP_THREAD_LIMIT")}
        if ORIGINAL_OMP is not None:
            env["OMP_NUM_THREADS"] = ORIGINAL_OMP
        return subprocess.run(["nproc"], capture_output=True, text=True, check=True, env=env).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return str(os.cpu_count())


def machine() -> str:
    cores = nproc()
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
    if ref is not None and "pps_compact" in ref:
        peers = [(name, r) for name, r in rows[1:] if isinstance(r, dict)]
        versus = "; ".join(f"{fmt_ratio(ref['pps_compact'] / r['pps'])} {name.split(' (')[0]}" for name, r in peers)
        lines.append(f"frame writing the peers' record content (`--fields {PEER_FIELDS}`: id, label and "
                     f"probabilities, as the peers write them) instead of its full record: "
                     f"**{ref['pps_compact']:,.0f} pairs/s**" + (f" ({versus})" if versus else "") + ".")
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
    ap.add_argument("--threads", type=int, default=1, help="threads for every tool in the peer table (default 1)")
    ap.add_argument("--train-repeats", type=int, default=3,
                    help="time each tool's training this many times and report the fastest (default 3)")
    ap.add_argument("--predict-repeats", type=int, default=3,
                    help="time each tool's prediction run (and each thread count) this many times and report the "
                         "fastest (default 3)")
    ap.add_argument("--seed", type=int, default=1, help="seed for synthetic data, fastText and VW (default 1)")
    ap.add_argument("--article-mb", type=float, default=50.0,
                    help="minimum size of the raw-article input in MB of text, 10^6 bytes (default 50)")
    ap.add_argument("--sections", default=",".join(SECTIONS),
                    help=f"comma-separated sections to run, in this order whatever the order given: "
                         f"{','.join(SECTIONS)} (default: all)")
    ap.add_argument("--skip-peers", action="store_true", help="leave out the peer table (run only frame sections)")
    args = ap.parse_args()
    global TRAIN_REPEATS, PREDICT_REPEATS
    TRAIN_REPEATS = max(1, args.train_repeats)
    PREDICT_REPEATS = max(1, args.predict_repeats)
    if args.pairs < 1 or args.threads < 1:
        ap.error("--pairs and --threads must be at least 1")
    if args.article_mb <= 0:
        ap.error("--article-mb must be positive")
    wanted = {x.strip() for x in args.sections.split(",") if x.strip()}
    if wanted - set(SECTIONS):
        ap.error(f"unknown section(s) {', '.join(sorted(wanted - set(SECTIONS)))}; choose from {', '.join(SECTIONS)}")
    if args.skip_peers:
        wanted.discard("peers")
    sections = [x for x in SECTIONS if x in wanted]
    if not sections:
        ap.error("no section left to run")
    command = shlex.join([Path(sys.executable).name, *sys.argv])
    # before numpy, scipy or any peer is imported
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = str(args.threads)
    os.environ["RAYON_NUM_THREADS"] = str(args.threads)
    if not (args.frame.is_file() and os.access(args.frame, os.X_OK)):
        print(f"compare.py: no frame binary at {args.frame} (run `cargo build --release`)", file=sys.stderr)
        return 2
    started = _dt.datetime.now(_dt.timezone.utc)
    load_start = loadavg()
    wall0 = time.perf_counter()
    cores = nproc()
    thread_counts = [1, 2] + ([int(cores)] if cores.isdigit() and int(cores) > 2 else [])
    extra: list[str] = []

    with tempfile.TemporaryDirectory(prefix="frame-compare-") as tmp_s:
        tmp = Path(tmp_s)
        # one copy for the whole run, so that a concurrent `cargo build` cannot swap the binary midway
        frame = tmp / "frame"
        shutil.copy2(args.frame, frame)
        version = run([frame, "--version"], capture_output=True, text=True).stdout.strip()
        nm = args.shared / "newsmtsc"
        train_file, dev_file = nm / "train.jsonl", nm / "devtest_mt.jsonl"
        scored_on = "devtest_mt"
        synthetic = not (train_file.is_file() and dev_file.is_file())
        if not synthetic:
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
        if "peers" in sections:
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

        frame_sections = [x for x in sections if x != "peers"]
        if frame_sections:
            # the model of the peer table (bench_frame leaves it in tmp); trained here when the table is skipped
            model = tmp / "frame_model.json"
            if not model.is_file():
                run([frame, "train", "--format", "newsmtsc", "--data", train_file, "--model", model],
                    capture_output=True)
            use_time = gnu_time_works(tmp)
            extra += [
                "## frame alone: threads, raw articles, memory",
                "",
                f"The sections below run only frame (`{version}`, the copy taken at the start), with the model "
                f"that `frame train --format newsmtsc --data {train_file.name}` wrote "
                f"{'for the peer table' if 'peers' in sections else '(trained here: the peer table was not run)'} "
                f"({fmt_mb(model.stat().st_size)} MB JSON, labels {', '.join(json.loads(model.read_text())['labels'])}"
                f"). nproc = {cores}, so the thread counts are {', '.join(map(str, thread_counts))}. The thread "
                f"rows are the fastest of {PREDICT_REPEATS} runs each; every other figure is from one run. The "
                "machine may be shared with other work (see the load averages), which shows most in the "
                "multi-thread rows.",
                "",
            ]
            if "threads" in sections:
                extra += section_threads(frame, model, pairs_file, args.pairs, thread_counts, tmp, use_time)
            art_info, art_dir, art_jsonl = None, tmp / "articles", tmp / "articles.jsonl"
            if "articles" in sections or "memory" in sections:
                sentences = read_sentences(train_file) + read_sentences(dev_file)
                art_info = build_articles(sentences, int(args.article_mb * MB), art_dir, art_jsonl)
            if "articles" in sections:
                if synthetic:
                    source_desc = (f"SYNTHETIC sentences (no NewsMTSC under `{args.shared}`: the generated training "
                                   f"then scoring files described above, {len(sentences):,} sentences in file "
                                   "order; the gazetteer may find few or none of their made-up actors)")
                else:
                    source_desc = (f"the NewsMTSC `sentence_normalized` of `{train_file.name}` then "
                                   f"`{dev_file.name}`, in file order ({len(sentences):,} sentences)")
                extra += section_articles(frame, model, art_info, art_dir, art_jsonl, thread_counts, tmp, use_time,
                                          source_desc)
            if "memory" in sections:
                extra += section_memory(frame, model, pairs_file, args.pairs, art_jsonl, art_info["articles"], tmp,
                                        use_time)

    total = time.perf_counter() - wall0
    header = [
        "# frame versus peer classifiers",
        "",
        f"- command: `{command}`",
        f"- date (UTC): {started:%Y-%m-%d %H:%M:%S}",
        f"- machine: {machine()}",
        f"- load average (1/5/15 min, /proc/loadavg): {load_start} at the start, {loadavg()} at the end",
        f"- versions: {version}; {versions()}",
        f"- sections: {', '.join(sections)}",
        f"- threads: {args.threads} per tool (`--threads {args.threads}` for frame predict; "
        f"OMP/OPENBLAS/MKL_NUM_THREADS={args.threads} and fastText thread={args.threads} for the peers)"
        + ("" if "peers" in sections else " in the peer table, which was not run"),
        f"- throughput input: {args.pairs:,} pairs (JSON Lines: id, text, actor, start, end)",
        f"- data: {data_desc}",
        f"- scored on {len(dev):,} pairs, trained on {len(train):,} pairs; whole run took {total:.0f} s",
    ]
    if "peers" in sections:
        notes = [
            "frame times are wall times of the `frame train` / `frame predict` processes (process start, model "
            "load, reading, featurising, scoring, writing JSON Lines); its scores come from `frame eval`.",
            f"Training times are the fastest of {TRAIN_REPEATS} runs per tool, one after the other; prediction "
            f"times the fastest of {PREDICT_REPEATS}. "
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
    else:
        report = "\n".join(header) + "\n"
    if extra:
        report += "\n" + "\n".join(extra).rstrip("\n") + "\n"
    if args.out:
        args.out.write_text(report, encoding="utf-8")
    else:
        sys.stdout.write(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
