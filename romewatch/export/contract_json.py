"""Contract JSON (spec EXTRACTION.md section 3), one object per stored document."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

from ..store import Store


def iter_contracts(store: Store, batch: int = 200) -> Iterator[dict[str, Any]]:
    offset = 0
    while True:
        page = store.list_documents(limit=batch, offset=offset)
        if not page:
            return
        for row in page:
            contract = store.document_contract(row["id"])
            if contract is not None:
                yield contract
        offset += batch


def write_json(store: Store, out: TextIO, **_filters: Any) -> int:
    """A JSON array of document contracts. Returns how many documents were written."""
    count = 0
    out.write("[")
    for contract in iter_contracts(store):
        out.write(",\n" if count else "\n")
        out.write(json.dumps(contract, ensure_ascii=False, indent=2))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count
