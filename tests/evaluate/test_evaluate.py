"""The eval command must print the referee's figures: checked on a hand-scored case, and against
the referee itself when ../shared is present."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from romewatch.evaluate import actions_agree, evaluate_dir, normalise_name, predict_from_dir, score_corpus

GOLD = {
    "document": "a.txt",
    "date": "2025-02-07",
    "entities": [
        {"kind": "state", "id": "state:us", "names": ["United States", "US"]},
        {"kind": "person", "names": ["Karim Khan", "the Prosecutor"]},
        {"kind": "organization", "names": ["Al-Haq"]},
        {"kind": "court", "id": "court:states-parties", "names": ["States Parties"]},
    ],
    "events": [
        {"type": "sanction", "date": "2025-02-06", "roles": {"imposer": ["US"], "target": ["Karim Khan"]}},
        {
            "type": "condemnation",
            "roles": {"agent": ["Al-Haq"], "target": ["United States"]},
            "attributes": {"about": "sanctions against the Prosecutor"},
        },
        {
            "type": "demand",
            "roles": {"claimant": ["Al-Haq"], "addressee": ["States Parties"]},
            "attributes": {"action": "shield the Court from sanctions"},
        },
    ],
}

PRED = {
    "document": {"id": "doc-1"},
    "entities": [
        {"id": "state:us", "kind": "state", "name": "United States", "aliases": []},
        {"id": "person:karim-khan", "kind": "person", "name": "Karim A. A. Khan", "aliases": ["Karim Khan"]},
        {"id": "org:al-haq", "kind": "organization", "name": "Al Haq", "aliases": []},
        {"id": "igo:eu", "kind": "igo", "name": "European Union", "aliases": []},
    ],
    "events": [
        # right imposer, wrong-role target, right date at day precision
        {
            "type": "sanction",
            "date": "2025-02-06",
            "roles": {"imposer": ["state:us"], "instrument": ["person:karim-khan"]},
        },
        # pairs on action words only, no shared argument
        {
            "type": "demand",
            "date": None,
            "roles": {"claimant": ["igo:eu"]},
            "attributes": {"action": "shield Court staff"},
        },
        # a type the gold does not have
        {"type": "threat", "roles": {"perpetrator": ["state:us"]}},
    ],
}


def _write(tmp_path: Path) -> tuple[Path, Path]:
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir()
    pred_dir.mkdir()
    (gold_dir / "a.txt").write_text("text")
    (gold_dir / "a.gold.yaml").write_text(yaml.safe_dump(GOLD))
    (pred_dir / "a.json").write_text(json.dumps(PRED))
    return gold_dir, pred_dir


def test_normalisation_and_action_overlap():
    assert normalise_name("The Women’s Initiatives & Co.") == "womens initiatives and co"
    assert actions_agree("shield the Court from sanctions", "shield Court staff")
    assert not actions_agree("visit the region", "adopt the budget")


def test_hand_scored_case(tmp_path):
    gold_dir, pred_dir = _write(tmp_path)
    s = score_corpus(gold_dir, predict_from_dir(pred_dir))
    # entities: us, khan (alias), al-haq (normalised name) matched; EU not -> 3/4 precision, 3/4 recall
    assert s["entities"] == pytest.approx((0.75, 0.75, 0.75))
    # events: sanction and demand paired (2 of 3 predicted, 2 of 3 gold)
    assert s["events"] == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    # arguments: only (imposer, US) shared; predicted args 4, gold args 6
    p, r, _ = s["arguments"]
    assert (p, r) == pytest.approx((1 / 4, 1 / 6))
    # one dated paired event (sanction), correct
    assert s["dates"] == 1.0 and s["dated_hits"] == 1


def test_missing_prediction_counts_as_empty(tmp_path):
    gold_dir, pred_dir = _write(tmp_path)
    (pred_dir / "a.json").unlink()
    s = score_corpus(gold_dir, predict_from_dir(pred_dir))
    assert s["missing_predictions"] == ["a"]
    assert s["arguments"] == (0.0, 0.0, 0.0)


REFEREE = Path(__file__).resolve().parents[2].parent / "shared" / "tools" / "score.py"


@pytest.mark.skipif(not REFEREE.exists(), reason="the referee (../shared/tools/score.py) is not beside the project")
def test_same_output_as_referee(tmp_path):
    gold_dir, pred_dir = _write(tmp_path)
    ours = evaluate_dir(gold_dir, pred_dir=pred_dir, types=True)
    theirs = subprocess.run(
        [sys.executable, str(REFEREE), str(gold_dir), str(pred_dir), "--types"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert ours.strip() == theirs.strip()
