"""Error report: what the extractor missed, added or misdated, document by document.

Usage: python benchmarks/errors.py GOLD_DIR [--type TYPE] [--doc SUBSTRING] [--entities]

For each document: gold events with no predicted partner (missed), predicted events with no gold
partner (extra), and for paired events the arguments only one side has and a date that disagrees.
Pairing is the referee's (romewatch.evaluate.pair_events). Use it on the tuning sets only; the
held-out sets (corpus/test, corpus/fresh, corpus/fresh2, corpus/fresh3, corpus/fresh4, corpus/fresh5) are for the benchmark's figures,
not for reading.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from romewatch.evaluate import GoldDocument, document_path, gold_files, pair_events, resolve_prediction
from romewatch.extract import extract_many
from romewatch.ingest import read_path


def _label(gold: GoldDocument, names: dict[int, str], arg: tuple) -> str:
    role, who = arg
    if isinstance(who, int):
        return f"{role}={names.get(who) or gold.entity_ids[who]}"
    return f"{role}={who[1]}(not in gold)"


def _show(gold: GoldDocument, names: dict[int, str], ev, extra: str = "") -> str:
    args = ", ".join(sorted(_label(gold, names, a) for a in ev.args))
    text = f" | {ev.text[:70]}" if ev.text else ""
    return f"{ev.type} [{ev.date or '-'}] {args}{text}{extra}"


def report(gold_path: Path, pred: dict, only_type: str | None, entities: bool) -> list[str]:
    data = yaml.safe_load(gold_path.read_text("utf-8"))
    gold = GoldDocument.from_yaml(data, origin=str(gold_path))
    names = {i: (e.get("names") or [e.get("id")])[0] for i, e in enumerate(data.get("entities") or [])}
    resolved, predicted = resolve_prediction(gold, pred)
    lines = []
    if entities:
        found = {hit for hit in resolved.values() if isinstance(hit, int)}
        for i in range(len(gold.entity_ids)):
            if i not in found:
                lines.append(f"  entity missed: {names.get(i)} ({gold.entity_ids[i] or 'no id'})")
        for pid, hit in resolved.items():
            if not isinstance(hit, int):
                lines.append(f"  entity extra: {pid}")
    pairs = pair_events(gold.events, predicted)
    paired_gold = {gi for gi, _, _ in pairs}
    paired_pred = {pi for _, pi, _ in pairs}
    wanted = (lambda t: t == only_type) if only_type else (lambda t: True)
    for gi, g in enumerate(gold.events):
        if gi not in paired_gold and wanted(g.type):
            lines.append("  MISSED  " + _show(gold, names, g))
    for pi, p in enumerate(predicted):
        if pi not in paired_pred and wanted(p.type):
            lines.append("  EXTRA   " + _show(gold, names, p))
    for gi, pi, _ in pairs:
        g, p = gold.events[gi], predicted[pi]
        if not wanted(g.type):
            continue
        notes = []
        missing = g.args - p.args
        added = p.args - g.args
        if missing:
            notes.append("missing " + ", ".join(sorted(_label(gold, names, a) for a in missing)))
        if added:
            notes.append("added " + ", ".join(sorted(_label(gold, names, a) for a in added)))
        if g.date and not p.date.startswith(g.date):
            notes.append(f"date {p.date or '-'} should be {g.date}")
        if notes:
            lines.append("  PARTIAL " + _show(gold, names, g, "\n           " + "; ".join(notes)))
    return lines


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("--type", help="only this event type")
    parser.add_argument("--doc", help="only documents whose file name contains this")
    parser.add_argument("--entities", action="store_true", help="also list missed and extra entities")
    args = parser.parse_args(argv)
    held_out = re.search(r"corpus/(test|fresh\d*)/?$", str(args.gold_dir.resolve()))
    if held_out:
        print(f"corpus/{held_out.group(1)} is held out: read its figures with benchmarks/extraction.py, not its errors")
        return 2
    paths = [p for p in gold_files(args.gold_dir) if not args.doc or args.doc in p.name]
    docs = [read_path(document_path(p, yaml.safe_load(p.read_text("utf-8")))) for p in paths]
    for path, result in zip(paths, extract_many(docs)):
        lines = report(path, result.to_contract(), args.type, args.entities)
        if lines:
            print(f"== {path.name}")
            print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
