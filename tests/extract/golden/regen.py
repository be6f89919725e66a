"""Regenerate the expected event files of the golden tests.

    python -m tests.extract.golden.regen          # rewrite expected/*.json from docs/*.txt
    python -m tests.extract.golden.regen --check  # report which documents changed, write nothing

Review the diff (``git diff tests/extract/golden/expected``) before committing: every changed line
is a changed extraction.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
EXPECTED = HERE / "expected"


def snapshot(text: str) -> dict[str, Any]:
    """The reviewable part of an extraction: events with their roles as entity ids and names."""
    from romewatch.extract import extract_text

    contract = extract_text(text).to_contract()
    names = {e["id"]: e["name"] for e in contract["entities"]}
    events = []
    for ev in contract["events"]:
        events.append(
            {
                "type": ev["type"],
                "date": ev["date"],
                "end_date": ev["end_date"],
                "roles": {r: [f"{i} ({names.get(i, '?')})" for i in ids] for r, ids in sorted(ev["roles"].items())},
                "attributes": dict(sorted(ev["attributes"].items())),
            }
        )
    return {"document": contract["document"]["date"], "events": events}


def render(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=1, ensure_ascii=False, sort_keys=False) + "\n"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    EXPECTED.mkdir(exist_ok=True)
    changed = []
    for doc in sorted(DOCS.glob("*.txt")):
        out = EXPECTED / f"{doc.stem}.json"
        new = render(snapshot(doc.read_text("utf-8")))
        if not out.exists() or out.read_text("utf-8") != new:
            changed.append(doc.stem)
            if not check:
                out.write_text(new, "utf-8")
    verb = "differ" if check else "rewritten"
    print(f"{len(changed)} {verb}: {', '.join(changed) or '-'}")
    return 1 if check and changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
