"""Scoring extractions against gold annotations (spec/EXTRACTION.md section 4).

The figures are the referee's: entities matched by id or by a shared normalised name; events
paired one to one within a type by the (role, entity) pairs they share (demands, commitments,
condemnations and support also pair on similar action/about words); arguments counted over
paired events; dates checked at the gold's precision.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

TEXT_PAIRED_TYPES = frozenset({"demand", "commitment", "condemnation", "support"})
_STOPWORDS = frozenset(
    ["the", "a", "an", "of", "to", "and", "in", "on", "for", "by", "with", "its", "their", "be", "that", "all"]
)
_COUNT_KEYS = ("ev_tp", "ev_pred", "ev_gold", "arg_tp", "arg_pred", "arg_gold", "date_ok", "date_n")


def normalise_name(name: Any) -> str:
    text = str(name).replace("\u2019", "").replace("'", "")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[^a-z0-9]+", " ", text.replace("&", " and ")).strip()
    return text.removeprefix("the ")


def content_words(text: str | None) -> set[str]:
    return {w for w in normalise_name(text or "").split() if len(w) > 2 and w not in _STOPWORDS}


def actions_agree(a: str, b: str) -> bool:
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= 0.3


@dataclass
class ScoredEvent:
    type: str
    args: set[tuple[str, Any]]
    date: str
    text: str


def _event_text(attributes: dict[str, Any] | None) -> str:
    attributes = attributes or {}
    return str(attributes.get("action") or attributes.get("about") or "")


@dataclass
class GoldDocument:
    date: str
    entity_ids: list[str | None] = field(default_factory=list)
    entity_names: list[set[str]] = field(default_factory=list)
    index_by_name: dict[str, int] = field(default_factory=dict)
    events: list[ScoredEvent] = field(default_factory=list)

    @classmethod
    def from_yaml(cls, data: dict[str, Any], origin: str = "gold") -> GoldDocument:
        gold = cls(date=str(data.get("date") or ""))
        for i, ent in enumerate(data.get("entities") or []):
            names = {normalise_name(n) for n in ent.get("names", [])}
            gold.entity_ids.append(ent.get("id"))
            gold.entity_names.append(names)
            for n in names:
                gold.index_by_name.setdefault(n, i)
        for ev in data.get("events") or []:
            args: set[tuple[str, Any]] = set()
            for role, fillers in (ev.get("roles") or {}).items():
                for filler in fillers or []:
                    idx = gold.index_by_name.get(normalise_name(filler))
                    if idx is None:
                        raise ValueError(f"{origin}: role filler {filler!r} names no gold entity")
                    args.add((role, idx))
            gold.events.append(
                ScoredEvent(ev["type"], args, str(ev.get("date") or ""), _event_text(ev.get("attributes")))
            )
        return gold

    def match(self, pred_id: str, pred_names: Iterable[str]) -> int | None:
        for i, gid in enumerate(self.entity_ids):
            if gid and gid == pred_id:
                return i
        for n in pred_names:
            if n in self.index_by_name:
                return self.index_by_name[n]
        return None


def resolve_prediction(gold: GoldDocument, pred: dict[str, Any]) -> tuple[dict[Any, Any], list[ScoredEvent]]:
    """Predicted entity id -> gold entity index (or ("unmatched", id)), and the predicted events."""
    resolved: dict[Any, Any] = {}
    for ent in pred.get("entities") or []:
        names = {normalise_name(ent.get("name", ""))} | {normalise_name(a) for a in ent.get("aliases") or []}
        names.discard("")
        hit = gold.match(ent.get("id"), names)
        resolved[ent.get("id")] = hit if hit is not None else ("unmatched", ent.get("id"))
    predicted = []
    for ev in pred.get("events") or []:
        args = {
            (role, resolved.get(pid, ("unmatched", pid)))
            for role, ids in (ev.get("roles") or {}).items()
            for pid in ids or []
        }
        predicted.append(
            ScoredEvent(ev.get("type", ""), args, str(ev.get("date") or ""), _event_text(ev.get("attributes")))
        )
    return resolved, predicted


def pair_events(gold_events: list[ScoredEvent], predicted: list[ScoredEvent]) -> list[tuple[int, int, int]]:
    """The referee's one-to-one pairing: (gold index, predicted index, shared arguments), best first."""
    candidates = []
    for gi, g in enumerate(gold_events):
        for pi, p in enumerate(predicted):
            if g.type != p.type:
                continue
            shared = len(g.args & p.args)
            textual = int(g.type in TEXT_PAIRED_TYPES and actions_agree(g.text, p.text))
            if shared + textual:
                bonus = 0.5 if g.date and p.date.startswith(g.date) else 0
                candidates.append((shared + textual + bonus, gi, pi, shared))
    candidates.sort(reverse=True)
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, gi, pi, shared in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi, shared))
    return pairs


def score_document(gold: GoldDocument, pred: dict[str, Any]) -> dict[str, Any]:
    """Counts for one document (entities, and per event type: events, arguments, dates)."""
    entities = pred.get("entities") or []
    resolved, predicted = resolve_prediction(gold, pred)
    seen = {hit for hit in resolved.values() if isinstance(hit, int)}
    counts: dict[str, Any] = {"ent_tp": len(seen), "ent_pred": len(entities), "ent_gold": len(gold.entity_ids)}

    per_type: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(_COUNT_KEYS, 0))
    for ev in gold.events:
        per_type[ev.type]["ev_gold"] += 1
        per_type[ev.type]["arg_gold"] += len(ev.args)
    for ev in predicted:
        per_type[ev.type]["ev_pred"] += 1
        per_type[ev.type]["arg_pred"] += len(ev.args)

    for gi, pi, shared in pair_events(gold.events, predicted):
        g, p = gold.events[gi], predicted[pi]
        bucket = per_type[g.type]
        bucket["ev_tp"] += 1
        bucket["arg_tp"] += shared
        if g.date:
            bucket["date_n"] += 1
            bucket["date_ok"] += int(p.date.startswith(g.date))
    counts["types"] = {k: dict(v) for k, v in per_type.items()}
    return counts


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def gold_files(gold_dir: Path) -> list[Path]:
    return sorted(gold_dir.glob("*.gold.yaml"))


def document_path(gold_path: Path, data: dict[str, Any]) -> Path:
    stem = gold_path.name[: -len(".gold.yaml")]
    named = data.get("document")
    candidates = [gold_path.parent / named] if named else []
    candidates += [gold_path.parent / f"{stem}.txt", gold_path.parent / stem]
    for c in candidates:
        if c.is_file():
            return c
    raise FileNotFoundError(f"{gold_path}: no document file beside it")


Predictor = Callable[[Path, dict[str, Any]], dict[str, Any] | None]


def score_corpus(gold_dir: Path, predict: Predictor) -> dict[str, Any]:
    """Score every gold file in ``gold_dir`` against ``predict(gold_path, gold_data)``."""
    total: dict[str, int] = defaultdict(int)
    types: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    docs = []
    for gpath in gold_files(gold_dir):
        data = yaml.safe_load(gpath.read_text("utf-8"))
        gold = GoldDocument.from_yaml(data, origin=str(gpath))
        stem = gpath.name[: -len(".gold.yaml")]
        pred = predict(gpath, data)
        counts = score_document(gold, pred or {})
        for k in ("ent_tp", "ent_pred", "ent_gold"):
            total[k] += counts[k]
        doc_args = [0, 0, 0]
        for t, v in counts["types"].items():
            for k, n in v.items():
                types[t][k] += n
                total[k] += n
            doc_args[0] += v["arg_tp"]
            doc_args[1] += v["arg_pred"]
            doc_args[2] += v["arg_gold"]
        docs.append((Path(stem).stem, pred is not None, prf(*doc_args)[2]))
    return {
        "documents": len(docs),
        "entities": prf(total["ent_tp"], total["ent_pred"], total["ent_gold"]),
        "events": prf(total["ev_tp"], total["ev_pred"], total["ev_gold"]),
        "arguments": prf(total["arg_tp"], total["arg_pred"], total["arg_gold"]),
        "dates": total["date_ok"] / total["date_n"] if total["date_n"] else 0.0,
        "dated_hits": total["date_n"],
        "types": {
            t: {
                "events": prf(v["ev_tp"], v["ev_pred"], v["ev_gold"]),
                "arguments": prf(v["arg_tp"], v["arg_pred"], v["arg_gold"]),
                "gold_events": v["ev_gold"],
                "pred_events": v["ev_pred"],
            }
            for t, v in sorted(types.items())
        },
        "per_document_argument_f1": {d: round(f, 3) for d, _, f in docs},
        "missing_predictions": [d for d, ok, _ in docs if not ok],
    }


def format_summary(summary: dict[str, Any], types: bool = False) -> str:
    lines = [f"documents: {summary['documents']}  (missing predictions: {len(summary['missing_predictions'])})"]
    for key in ("entities", "events", "arguments"):
        p, r, f = summary[key]
        lines.append(f"{key:10s} P={p:.3f} R={r:.3f} F1={f:.3f}")
    lines.append(f"dates      accuracy={summary['dates']:.3f} over {summary['dated_hits']} dated hits")
    if types:
        lines.append("")
        lines.append(f"{'type':26s} gold pred  event-F1  arg-F1")
        for t, v in summary["types"].items():
            lines.append(
                f"{t:26s} {v['gold_events']:4d} {v['pred_events']:4d}  {v['events'][2]:.3f}    {v['arguments'][2]:.3f}"
            )
    lines.append(f"argument-F1 {summary['arguments'][2]:.3f}")
    return "\n".join(lines)


# --- where predictions come from ------------------------------------------------------------


def predict_from_dir(pred_dir: Path) -> Predictor:
    def predict(gpath: Path, data: dict[str, Any]) -> dict[str, Any] | None:
        stem = gpath.name[: -len(".gold.yaml")]
        for candidate in (pred_dir / f"{Path(stem).stem}.json", pred_dir / f"{stem}.json"):
            if candidate.exists():
                return json.loads(candidate.read_text("utf-8"))
        return None

    return predict


def predict_by_extracting() -> Predictor:
    from .extract import extract_document
    from .ingest import read_path

    def predict(gpath: Path, data: dict[str, Any]) -> dict[str, Any] | None:
        doc = read_path(document_path(gpath, data))
        return extract_document(doc).to_contract()

    return predict


def predict_from_store(store: Any) -> Predictor:
    from .ingest import read_path

    def predict(gpath: Path, data: dict[str, Any]) -> dict[str, Any] | None:
        doc = read_path(document_path(gpath, data))
        return store.document_contract(doc.id)

    return predict


def evaluate_dir(
    gold_dir: str | Path,
    pred_dir: str | Path | None = None,
    store: Any = None,
    types: bool = False,
    as_json: bool = False,
) -> str:
    gold_dir = Path(gold_dir)
    if pred_dir is not None:
        predictor = predict_from_dir(Path(pred_dir))
    elif store is not None:
        predictor = predict_from_store(store)
    else:
        predictor = predict_by_extracting()
    summary = score_corpus(gold_dir, predictor)
    return json.dumps(summary, indent=2) if as_json else format_summary(summary, types=types)
