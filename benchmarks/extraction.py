"""Extraction benchmark: the referee's figures on held-out and dev text, throughput, peak memory.

Usage: python benchmarks/extraction.py [--types] [--repeat N]

Prints, for each gold set found (corpus/test: held out from rule writing; ../shared/corpus/dev:
real documents; corpus/tune, corpus/blind and romewatch/sample: the sets rules were written
against), the entity / event / argument P, R, F1 and date accuracy; then the throughput of romewatch's whole
extraction over the sample corpus against the bare spaCy pipeline (nlp.pipe) on the same texts
in the same process, as a ratio, and the process's peak resident memory.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from romewatch.evaluate import document_path, format_summary, score_corpus
from romewatch.extract import extract_many, get_nlp
from romewatch.extract.pipeline import load_model
from romewatch.ingest import read_path
from romewatch.kb import load_kb

GOLD_SETS = [
    ("test (held out)", ROOT / "corpus" / "test"),
    ("dev (../shared, real documents)", ROOT.parent / "shared" / "corpus" / "dev"),
    ("tune", ROOT / "corpus" / "tune"),
    ("blind (measured unseen once, then tuned on)", ROOT / "corpus" / "blind"),
    ("sample", ROOT / "romewatch" / "sample"),
    ("fresh (written last, held out, measured once)", ROOT / "corpus" / "fresh"),
    ("fresh2 (real-world format, held out, written in round 3)", ROOT / "corpus" / "fresh2"),
    ("fresh3 (real-world format, held out, written in round 5)", ROOT / "corpus" / "fresh3"),
    ("fresh4 (real-world format, held out, written in round 7)", ROOT / "corpus" / "fresh4"),
    ("fresh5 (real-world format, held out, written in round 8)", ROOT / "corpus" / "fresh5"),
]


def score_set(gold_dir: Path, types: bool) -> str:
    import yaml

    docs = {}
    for gpath in sorted(gold_dir.glob("*.gold.yaml")):
        docs[gpath] = read_path(document_path(gpath, yaml.safe_load(gpath.read_text("utf-8"))))
    results = {g: r.to_contract() for g, r in zip(docs, extract_many(docs.values()))}
    summary = score_corpus(gold_dir, lambda gpath, _data: results.get(gpath))
    return format_summary(summary, types=types)


def throughput(repeat: int) -> tuple[float, float, float, int]:
    nlp, kb = get_nlp(), load_kb()
    plain = load_model()  # the bare side: the spaCy pipeline as installed, without our components
    docs = [read_path(p) for p in sorted((ROOT / "romewatch" / "sample").glob("*.txt"))]
    texts = [d.text for d in docs]
    n_chars = sum(len(t) for t in texts)
    list(plain.pipe(texts))  # warm up both paths once
    list(extract_many(docs, nlp=nlp, kb=kb))
    bare, ours = float("inf"), float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        list(plain.pipe(texts))
        bare = min(bare, time.perf_counter() - t0)
        t0 = time.perf_counter()
        list(extract_many(docs, nlp=nlp, kb=kb))
        ours = min(ours, time.perf_counter() - t0)
    return bare, ours, bare / ours, n_chars


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--types", action="store_true", help="per event type figures")
    parser.add_argument("--repeat", type=int, default=3, help="timing repetitions (best is kept)")
    parser.add_argument(
        "--set", action="append", dest="sets", metavar="NAME",
        help="only these gold sets (test, dev, tune, blind, sample, fresh, fresh2, fresh3, fresh4, fresh5); repeatable",
    )
    parser.add_argument("--no-speed", action="store_true", help="skip the throughput and memory figures")
    args = parser.parse_args(argv)
    for label, gold_dir in GOLD_SETS:
        if args.sets and label.split()[0] not in args.sets:
            continue
        if not gold_dir.is_dir() or not any(gold_dir.glob("*.gold.yaml")):
            print(f"== {label}: not found ({gold_dir})\n")
            continue
        print(f"== {label}: {gold_dir.relative_to(ROOT.parent)}")
        print(score_set(gold_dir, args.types))
        print()
    if args.no_speed:
        return 0
    bare, ours, ratio, n_chars = throughput(args.repeat)
    print("== throughput over the sample corpus")
    print(f"characters: {n_chars}")
    print(f"bare nlp.pipe: {bare:.3f} s  ({n_chars / bare:,.0f} chars/s)")
    print(f"romewatch extract: {ours:.3f} s  ({n_chars / ours:,.0f} chars/s)")
    print(f"throughput ratio (romewatch / bare): {ratio:.2f}  (target >= 0.70)")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak_mb:.0f} MB  (target <= 600 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
